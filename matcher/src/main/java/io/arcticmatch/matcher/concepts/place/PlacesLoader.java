package io.arcticmatch.matcher.concepts.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.CsvTable;
import io.arcticmatch.matcher.concepts.core.Label;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Places} from the shipped data files (see
 * {@code concepts/ATTRIBUTION.md}).
 */
public final class PlacesLoader {

	/**
	 * Municipalities of Norway, Sweden, and Finnish Lapland and Oulu (GeoNames, JobTech).
	 */
	public static final String MUNICIPALITIES = "upstream/municipalities_no_se_fi.csv";

	/** Names of municipalities in other languages, curated by the project. */
	public static final String PLACE_NAMES = "curated/place_names.csv";

	/** Names of regions in other languages, curated by the project. */
	public static final String REGION_NAMES = "curated/regions.csv";

	private PlacesLoader() {
	}

	/**
	 * Reads all place data.
	 * @param data where the files are
	 * @return the places
	 */
	public static Places load(ConceptData data) {
		Map<String, Map<LabelLanguage, List<String>>> extraNames = names(data.table(PLACE_NAMES), "municipality_code");
		Map<String, Map<LabelLanguage, List<String>>> regionNames = names(data.table(REGION_NAMES), "region_code");

		record Raw(Country country, String code, String name, String regionCode, String regionName, GeoPoint point,
				String source, String jobTech) {
		}
		List<Raw> raws = new ArrayList<>();
		Map<String, List<GeoPoint>> regionPoints = new LinkedHashMap<>();
		Map<String, String> regionOfficial = new LinkedHashMap<>();
		for (CsvTable.Row row : data.table(MUNICIPALITIES).named()) {
			Country country = Country.fromCode(row.get("country")).orElse(null);
			if (country == null) {
				continue;
			}
			GeoPoint point = new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
			Raw raw = new Raw(country, row.get("municipality_code"), cleanName(row.get("municipality_name")),
					row.get("region_code"), row.get("region_name"), point, row.get("coord_source_place"),
					row.get("jobtech_concept_id"));
			raws.add(raw);
			String regionKey = Places.regionId(country, raw.regionCode());
			regionPoints.computeIfAbsent(regionKey, (k) -> new ArrayList<>()).add(point);
			regionOfficial.putIfAbsent(regionKey, raw.regionName());
		}

		Map<String, Region> regions = new HashMap<>();
		for (Map.Entry<String, List<GeoPoint>> entry : regionPoints.entrySet()) {
			String id = entry.getKey();
			String[] parts = id.split(":");
			Country country = Country.valueOf(parts[1]);
			String code = parts[3];
			Labels.Builder labels = Labels.builder().preferred(country.language(), regionOfficial.get(id));
			addNames(labels, regionNames.get(country + ":" + code));
			regions.put(id, new Region(id, country, code, labels.build(), centroid(entry.getValue())));
		}

		Map<String, Municipality> municipalities = new HashMap<>();
		Map<String, Municipality> byJobTechId = new HashMap<>();
		Map<Country, List<GeoPoint>> countryPoints = new EnumMap<>(Country.class);
		for (Raw raw : raws) {
			String id = Places.municipalityId(raw.country(), raw.code());
			Labels.Builder labels = Labels.builder().preferred(raw.country().language(), raw.name());
			addNames(labels, extraNames.get(raw.country() + ":" + raw.code()));
			if (!raw.source().isEmpty()
					&& !TextNormalizer.normalize(raw.source()).equals(TextNormalizer.normalize(raw.name()))) {
				labels.alternative(raw.country().language(), raw.source());
			}
			Municipality municipality = new Municipality(id, raw.country(), raw.code(), labels.build(),
					regions.get(Places.regionId(raw.country(), raw.regionCode())), raw.point(), raw.source(),
					raw.jobTech().isEmpty() ? null : raw.jobTech());
			municipalities.put(id, municipality);
			if (municipality.jobTechConceptId() != null) {
				byJobTechId.put(municipality.jobTechConceptId(), municipality);
			}
			countryPoints.computeIfAbsent(raw.country(), (k) -> new ArrayList<>()).add(raw.point());
		}
		Map<Country, CountryArea> countries = new EnumMap<>(Country.class);
		for (Country country : Country.values()) {
			List<GeoPoint> points = countryPoints.getOrDefault(country, List.of());
			GeoPoint location = points.isEmpty() ? new GeoPoint(0, 0) : centroid(points);
			countries.put(country, new CountryArea(Places.countryId(country), country, country.names(), location));
		}

		Map<String, Set<Place>> byName = new HashMap<>();
		Map<String, Set<Place>> byFolded = new HashMap<>();
		// municipalities, regions, countries
		List<Place> ordered = new ArrayList<>();
		ordered.addAll(municipalities.values().stream().sorted(Comparator.comparing(Place::id)).toList());
		ordered.addAll(regions.values().stream().sorted(Comparator.comparing(Place::id)).toList());
		ordered.addAll(countries.values());
		// official names first, then names in other languages, then other names
		for (int pass = 0; pass < 3; pass++) {
			for (Place place : ordered) {
				for (Label label : place.labels().all()) {
					if (namePass(place, label) == pass) {
						byName.computeIfAbsent(TextNormalizer.normalize(label.text()), (k) -> new LinkedHashSet<>())
							.add(place);
						byFolded.computeIfAbsent(TextNormalizer.fold(label.text()), (k) -> new LinkedHashSet<>())
							.add(place);
					}
				}
			}
		}
		return new Places(countries, regions, municipalities, byJobTechId, freeze(byName), freeze(byFolded));
	}

	private static int namePass(Place place, Label label) {
		if (!label.preferred()) {
			return 2;
		}
		return (label.language() == place.country().language()) ? 0 : 1;
	}

	private static Map<String, List<Place>> freeze(Map<String, Set<Place>> index) {
		Map<String, List<Place>> frozen = new HashMap<>();
		index.forEach((key, places) -> frozen.put(key, List.copyOf(places)));
		return frozen;
	}

	private static Map<String, Map<LabelLanguage, List<String>>> names(CsvTable table, String codeColumn) {
		Map<String, Map<LabelLanguage, List<String>>> names = new HashMap<>();
		for (CsvTable.Row row : table.named()) {
			LabelLanguage language = LabelLanguage.fromTag(row.get("language"))
				.orElseThrow(() -> new IllegalArgumentException("Unknown language " + row.get("language")));
			names
				.computeIfAbsent(row.get("country") + ":" + row.get(codeColumn),
						(k) -> new EnumMap<>(LabelLanguage.class))
				.computeIfAbsent(language, (k) -> new ArrayList<>())
				.add(row.get("name"));
		}
		return names;
	}

	private static void addNames(Labels.Builder labels, @Nullable Map<LabelLanguage, List<String>> names) {
		if (names != null) {
			names.forEach((language, list) -> list.forEach((name) -> labels.preferred(language, name)));
		}
	}

	private static GeoPoint centroid(List<GeoPoint> points) {
		double lat = 0;
		double lon = 0;
		for (GeoPoint point : points) {
			lat += point.latitude();
			lon += point.longitude();
		}
		return new GeoPoint(lat / points.size(), lon / points.size());
	}

	static String cleanName(String name) {
		String clean = name.strip();
		for (String suffix : new String[] { " kommune", " kommun" }) {
			if (clean.endsWith(suffix)) {
				clean = clean.substring(0, clean.length() - suffix.length());
			}
		}
		return clean;
	}

}
