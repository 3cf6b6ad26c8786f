package io.arcticmatch.ingest.source.nav;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.Coordinates;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourcePlace;
import io.arcticmatch.ingest.source.parse.Countries;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Guesses;
import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * What NAV's feed format and internal format share: category lists, locations, ad links.
 */
final class NavMapping {

	static final String SOURCE = "nav";

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/**
	 * Where arbeidsplassen.nav.no shows an ad; the feed's own {@code link} has this form.
	 */
	static final String AD_PAGE = "https://arbeidsplassen.nav.no/stillinger/stilling/";

	/**
	 * NAV labels some entries ESCO although the code is an ISCO-08 group URI, e.g.
	 * {@code http://data.europa.eu/esco/isco/c9112}.
	 */
	private static final Pattern ESCO_ISCO_GROUP = Pattern
		.compile("https?://data\\.europa\\.eu/esco/isco/[cC]?(\\d{1,4})");

	/** The feed writes "?" for an unknown municipality. */
	private static final String UNKNOWN = "?";

	private NavMapping() {
	}

	/**
	 * @param categories NAV's categoryList entries
	 * @param guesses where to note skipped or re-tagged entries
	 * @return the codes, tagged, without duplicates, in NAV's order
	 */
	static List<SourceCode> categories(List<Fields> categories, Guesses guesses) {
		Set<SourceCode> codes = new LinkedHashSet<>();
		for (Fields category : categories) {
			String type = category.text("categoryType");
			String code = category.text("code");
			String name = category.text("name");
			if (code == null) {
				guesses.add("%s has no code; skipped".formatted(category.path()));
				continue;
			}
			CodeSystem system = (type != null) ? system(type.toUpperCase(Locale.ROOT)) : null;
			if (system == null) {
				guesses.add("%s has the unknown categoryType '%s'; skipped".formatted(category.path(), type));
				continue;
			}
			Matcher iscoGroup = ESCO_ISCO_GROUP.matcher(code);
			if (system == CodeSystem.ESCO_OCCUPATION && iscoGroup.matches()) {
				guesses.add("%s '%s' is an ISCO-08 group, not an ESCO occupation; kept as ISCO08 %s"
					.formatted(category.pathOf("code"), code, iscoGroup.group(1)));
				codes.add(new SourceCode(CodeSystem.ISCO08, iscoGroup.group(1), name));
				continue;
			}
			codes.add(new SourceCode(system, code, name));
		}
		return new ArrayList<>(codes);
	}

	private static @Nullable CodeSystem system(String categoryType) {
		return switch (categoryType) {
			case "STYRK08NAV" -> CodeSystem.STYRK08NAV;
			case "STYRK08" -> CodeSystem.STYRK08;
			case "ESCO" -> CodeSystem.ESCO_OCCUPATION;
			case "JANZZ" -> CodeSystem.JANZZ;
			default -> null;
		};
	}

	/**
	 * @param locations NAV work locations (feed: workLocations, internal: locationList)
	 * @param guesses where to note assumptions
	 * @return the places; empty (noted) when there are none
	 */
	static List<SourcePlace> places(List<Fields> locations, Guesses guesses) {
		List<SourcePlace> places = new ArrayList<>();
		for (Fields location : locations) {
			SourcePlace place = place(location, guesses);
			if (place != null) {
				places.add(place);
			}
		}
		if (places.isEmpty()) {
			guesses.add("no work location given");
		}
		return places;
	}

	private static @Nullable SourcePlace place(Fields location, Guesses guesses) {
		String countryName = location.text("country");
		String municipal = known(location.text("municipal"));
		String municipalCode = location.text("municipalCode");
		String county = known(location.text("county"));
		String postalCode = location.text("postalCode");
		String city = known(location.text("city"));
		String address = location.text("address");
		Coordinates coordinates = coordinates(location, guesses);
		if (countryName == null && municipal == null && municipalCode == null && county == null && postalCode == null
				&& city == null && address == null && coordinates == null) {
			guesses.add("%s is empty; skipped".formatted(location.path()));
			return null;
		}
		Country country = Countries.of(countryName);
		if (countryName == null) {
			country = Country.NO;
			guesses.add("%s has no country; read as Norway".formatted(location.path()));
		}
		else if (country == null) {
			guesses.add("%s country '%s' is not NO, SE or FI; kept as a place abroad".formatted(location.path(),
					countryName));
		}
		return new SourcePlace(country, countryName, municipalCode, municipal, null, county, postalCode, city, address,
				coordinates);
	}

	private static @Nullable String known(@Nullable String name) {
		return UNKNOWN.equals(name) ? null : name;
	}

	private static @Nullable Coordinates coordinates(Fields location, Guesses guesses) {
		if (!location.has("latitude") && !location.has("longitude")) {
			return null;
		}
		Double latitude = location.decimal("latitude");
		Double longitude = location.decimal("longitude");
		if (latitude == null || longitude == null || !Coordinates.isValid(latitude, longitude)) {
			guesses.add("%s latitude %s, longitude %s is not a point; coordinates left empty".formatted(location.path(),
					latitude, longitude));
			return null;
		}
		return new Coordinates(latitude, longitude);
	}

	/**
	 * @param uuid the ad's id
	 * @return its page on arbeidsplassen.nav.no
	 */
	static String adPage(String uuid) {
		return AD_PAGE + uuid;
	}

}
