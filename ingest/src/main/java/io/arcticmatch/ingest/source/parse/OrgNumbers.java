package io.arcticmatch.ingest.source.parse;

import java.util.Map;
import java.util.regex.Pattern;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * Checks the shape of employers' organisation numbers. A number of the wrong shape is
 * kept as given and noted, since the register behind it is not consulted here.
 */
public final class OrgNumbers {

	private static final Map<Country, Pattern> SHAPES = Map.of(Country.NO, Pattern.compile("\\d{9}"), Country.SE,
			Pattern.compile("\\d{6}-?\\d{4}"), Country.FI, Pattern.compile("\\d{7}-\\d"));

	private static final Map<Country, String> NAMES = Map.of(Country.NO, "a 9-digit Norwegian organisasjonsnummer",
			Country.SE, "a 10-digit Swedish organisationsnummer", Country.FI, "a Finnish Y-tunnus (1234567-8)");

	private OrgNumbers() {
	}

	/**
	 * @param number the number as given, may be null
	 * @param country the register it should be from
	 * @param path the field, for the notes
	 * @param guesses where to note a strange shape
	 * @return the number as given
	 */
	public static @Nullable String check(@Nullable String number, Country country, String path, Guesses guesses) {
		if (number != null && !SHAPES.get(country).matcher(number).matches()) {
			guesses.add("%s '%s' is not %s; kept as given".formatted(path, number, NAMES.get(country)));
		}
		return number;
	}

}
