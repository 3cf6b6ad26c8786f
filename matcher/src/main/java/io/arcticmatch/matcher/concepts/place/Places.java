package io.arcticmatch.matcher.concepts.place;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Looks up countries, regions and municipalities by code or by name in any of the
 * languages of the north, and measures distances between them. Immutable and thread-safe;
 * built once by {@link PlacesLoader}.
 */
public final class Places {

	private final Map<Country, CountryArea> countries;

	private final Map<String, Region> regions;

	private final Map<String, Municipality> municipalities;

	private final Map<String, Municipality> byJobTechId;

	private final Map<String, List<Place>> byName;

	private final Map<String, List<Place>> byFoldedName;

	Places(Map<Country, CountryArea> countries, Map<String, Region> regions, Map<String, Municipality> municipalities,
			Map<String, Municipality> byJobTechId, Map<String, List<Place>> byName,
			Map<String, List<Place>> byFoldedName) {
		this.countries = Map.copyOf(countries);
		this.regions = Map.copyOf(regions);
		this.municipalities = Map.copyOf(municipalities);
		this.byJobTechId = Map.copyOf(byJobTechId);
		this.byName = Map.copyOf(byName);
		this.byFoldedName = Map.copyOf(byFoldedName);
	}

	/**
	 * A country as a place.
	 * @param country the country
	 * @return the place
	 */
	public CountryArea country(Country country) {
		return this.countries.get(country);
	}

	/**
	 * Every municipality.
	 * @return the municipalities, in no particular order
	 */
	public Collection<Municipality> municipalities() {
		return this.municipalities.values();
	}

	/**
	 * Every region.
	 * @return the regions, in no particular order
	 */
	public Collection<Region> regions() {
		return this.regions.values();
	}

	/**
	 * A municipality by its national code. Leading zeros may be missing ({@code 301} is
	 * Oslo's 0301, {@code 47} Enontekiö's 047).
	 * @param country the country
	 * @param code the kommunenummer, kommunkod or kuntanumero
	 * @return the municipality or an unknown code
	 */
	public ConceptMatch<Municipality> municipality(Country country, @Nullable String code) {
		return municipality(country, code, null);
	}

	/**
	 * A municipality by its national code or, when there is none or it is unknown, by its
	 * name in that country (in any of the languages, any case); an unknown code keeps
	 * both.
	 * @param country the country
	 * @param code the kommunenummer, kommunkod or kuntanumero
	 * @param name the place name as received, or null
	 * @return the municipality or an unknown code
	 */
	public ConceptMatch<Municipality> municipality(Country country, @Nullable String code, @Nullable String name) {
		String padded = pad(code, country.municipalityCodeLength());
		Municipality municipality = (padded != null) ? this.municipalities.get(municipalityId(country, padded)) : null;
		if (municipality != null) {
			return ConceptMatch.exact(municipality, "municipality " + country + " " + padded);
		}
		// NAV's feed names municipalities (in upper case) but gives no code
		return findByName(name).stream()
			.filter((place) -> place instanceof Municipality found && found.country() == country)
			.map(Municipality.class::cast)
			.findFirst()
			.<ConceptMatch<Municipality>>map((found) -> new Known<>(found, MatchConfidence.CLOSE,
					"municipality name '" + name + "' in " + country))
			.orElseGet(() -> ConceptMatch.unknown(CodeSystem.MUNICIPALITY, code, name));
	}

	/**
	 * A Swedish municipality by its JobTech concept id (ads'
	 * {@code workplace_address.municipality_concept_id}).
	 * @param conceptId the concept id
	 * @param name the name as received, or null
	 * @return the municipality or an unknown code
	 */
	public ConceptMatch<Municipality> municipalityByJobTechId(@Nullable String conceptId, @Nullable String name) {
		Municipality municipality = (conceptId != null) ? this.byJobTechId.get(conceptId.strip()) : null;
		if (municipality == null) {
			return ConceptMatch.unknown(CodeSystem.JOBTECH_MUNICIPALITY, conceptId, name);
		}
		return ConceptMatch.exact(municipality, "JobTech municipality " + conceptId);
	}

	/**
	 * A region by its national code (2 digits; a leading zero may be missing).
	 * @param country the country
	 * @param code fylkesnummer, länskod or maakuntakoodi
	 * @return the region or an unknown code
	 */
	public ConceptMatch<Region> region(Country country, @Nullable String code) {
		String padded = pad(code, 2);
		Region region = (padded != null) ? this.regions.get(regionId(country, padded)) : null;
		if (region == null) {
			return ConceptMatch.unknown(CodeSystem.REGION, code, null);
		}
		return ConceptMatch.exact(region, "region " + country + " " + padded);
	}

	/**
	 * Places with this name in any language: municipality names (official, Sámi, Kven,
	 * Meänkieli, Finnish, Swedish and Norwegian forms where known, and the name of the
	 * village the municipality's coordinates are of), regions and countries. Exact
	 * (normalised) names are tried first; only if none matches are diacritics ignored, so
	 * {@code tromso} finds Tromsø but {@code Övertorneå} does not also find places spelt
	 * with o.
	 * @param text the name
	 * @return the places, best first (official names, then other names; municipalities
	 * before regions before countries); empty if none
	 */
	public List<Place> findByName(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Place> exact = this.byName.get(TextNormalizer.normalize(text));
		if (exact != null) {
			return exact;
		}
		return this.byFoldedName.getOrDefault(TextNormalizer.fold(text), List.of());
	}

	/**
	 * The best place for a name, as a match.
	 * @param text the name
	 * @return the first of {@link #findByName}, exact if the name was exact and
	 * unambiguous, {@link MatchConfidence#CLOSE} otherwise; or an unknown code that keeps
	 * the text
	 */
	public ConceptMatch<Place> resolveName(@Nullable String text) {
		List<Place> found = findByName(text);
		if (found.isEmpty()) {
			return ConceptMatch.unknown(CodeSystem.PLACE_NAME, text, text);
		}
		boolean exact = text != null && this.byName.containsKey(TextNormalizer.normalize(text));
		MatchConfidence confidence = (exact && found.size() == 1) ? MatchConfidence.EXACT : MatchConfidence.CLOSE;
		return new Known<>(found.get(0), confidence, "place name '" + text + "'"
				+ ((found.size() > 1) ? " (" + found.size() + " places have this name)" : ""));
	}

	/**
	 * A place by its {@link Place#id()}.
	 * @param id e.g. {@code place:NO:1806}
	 * @return the place
	 */
	public Optional<Place> byId(String id) {
		for (CountryArea area : this.countries.values()) {
			if (area.id().equals(id)) {
				return Optional.of(area);
			}
		}
		Place place = this.municipalities.get(id);
		return Optional.ofNullable((place != null) ? place : this.regions.get(id));
	}

	/**
	 * The great-circle distance between two places, across borders.
	 * @param a one place
	 * @param b another
	 * @return km between their locations
	 */
	public double distanceKm(Place a, Place b) {
		return a.distanceKm(b);
	}

	/**
	 * @param country a country
	 * @return its place id, e.g. {@code place:NO}
	 */
	public static String countryId(Country country) {
		return "place:" + country;
	}

	/**
	 * @param country the municipality's country
	 * @param code its national code
	 * @return its place id, e.g. {@code place:NO:1806}
	 */
	public static String municipalityId(Country country, String code) {
		return countryId(country) + ":" + code;
	}

	/**
	 * @param country the region's country
	 * @param code its national code
	 * @return its place id, e.g. {@code place:NO:region:18}
	 */
	public static String regionId(Country country, String code) {
		return countryId(country) + ":region:" + code;
	}

	private static @Nullable String pad(@Nullable String code, int length) {
		if (code == null) {
			return null;
		}
		String digits = code.strip();
		if (digits.isEmpty() || digits.length() > length) {
			return null;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return null;
			}
		}
		return "0".repeat(length - digits.length()) + digits;
	}

}
