package io.arcticmatch.ingest.source.parse;

import java.util.Locale;
import java.util.Map;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the ways feeds write the three countries: names in the Nordic languages and
 * English, ISO codes, and Arbetsförmedlingen's legacy code 199 for Sweden.
 */
public final class Countries {

	private static final Map<String, Country> NAMES = Map.ofEntries(Map.entry("norge", Country.NO),
			Map.entry("noreg", Country.NO), Map.entry("norway", Country.NO), Map.entry("norja", Country.NO),
			Map.entry("norga", Country.NO), Map.entry("no", Country.NO), Map.entry("nor", Country.NO),
			Map.entry("578", Country.NO), Map.entry("sverige", Country.SE), Map.entry("sweden", Country.SE),
			Map.entry("ruotsi", Country.SE), Map.entry("ruoŧŧa", Country.SE), Map.entry("se", Country.SE),
			Map.entry("swe", Country.SE), Map.entry("752", Country.SE), Map.entry("199", Country.SE),
			Map.entry("finland", Country.FI), Map.entry("suomi", Country.FI), Map.entry("suopma", Country.FI),
			Map.entry("fi", Country.FI), Map.entry("fin", Country.FI), Map.entry("246", Country.FI));

	private Countries() {
	}

	/**
	 * @param name a country as a feed wrote it
	 * @return the country, or null when it is not one Arctic Match covers
	 */
	public static @Nullable Country of(@Nullable String name) {
		return (name != null) ? NAMES.get(name.strip().toLowerCase(Locale.ROOT)) : null;
	}

}
