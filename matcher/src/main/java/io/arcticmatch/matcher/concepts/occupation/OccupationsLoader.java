package io.arcticmatch.matcher.concepts.occupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.CsvTable;
import io.arcticmatch.matcher.concepts.core.EscoUri;
import io.arcticmatch.matcher.concepts.core.EscoMappingTable;
import io.arcticmatch.matcher.concepts.core.Label;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;
import io.arcticmatch.matcher.concepts.occupation.Occupations.Link;
import io.arcticmatch.matcher.concepts.occupation.Occupations.NationalCode;

/**
 * Builds {@link Occupations} from the shipped data files (see
 * {@code concepts/ATTRIBUTION.md}).
 */
public final class OccupationsLoader {

	/** ISCO-08 groups with en/sv/nb labels. */
	public static final String ISCO_GROUPS = "upstream/isco08_groups.csv";

	/** ESCO 1.1.1 occupations. */
	public static final String ESCO_OCCUPATIONS = "upstream/esco_occupations_v1.1.1.csv";

	/** The ESCO portal's ESCO-STYRK-08 mapping table. */
	public static final String NO_MAPPING = "upstream/esco_mapping_NO_styrk08_2022-09-20.csv";

	/** The ESCO portal's ESCO-JobTech occupation mapping table. */
	public static final String SE_MAPPING = "upstream/esco_mapping_SE_occupations_v1.1.1.csv";

	/** Corrections of errors in the upstream occupation data, curated by the project. */
	public static final String CORRECTIONS = "curated/occupation_corrections.csv";

	/** The STYRK-08 national codes, curated by the project. */
	public static final String STYRK_NATIONAL = "curated/styrk08_national_codes.csv";

	private static final String JOBTECH_CONCEPT = "http://data.jobtechdev.se/taxonomy/concept/";

	private OccupationsLoader() {
	}

	/**
	 * Reads and links all occupation data.
	 * @param data where the files are
	 * @return the occupations
	 */
	public static Occupations load(ConceptData data) {
		Map<String, Labels.Builder> groupLabels = new LinkedHashMap<>();
		for (CsvTable.Row row : data.table(ISCO_GROUPS).named()) {
			String code = row.get("isco_code");
			if (!IscoCode.isValid(code)) {
				continue;
			}
			groupLabels.put(code,
					Labels.builder()
						.preferred(LabelLanguage.EN, row.get("label_en"))
						.preferred(LabelLanguage.SV, row.optional("label_sv_esco"))
						.preferred(LabelLanguage.NB, row.optional("label_nb_styrk08")));
		}
		Map<String, NationalCode> national = new HashMap<>();
		for (CsvTable.Row row : data.table(STYRK_NATIONAL).named()) {
			String isco = row.get("isco08_code");
			national.put(row.get("styrk08_code"),
					new NationalCode(isco, MatchConfidence.valueOf(row.get("confidence"))));
			Labels.Builder labels = groupLabels.get(isco);
			if (labels != null) {
				labels.alternative(LabelLanguage.NB, row.get("label_nb"));
			}
		}

		Set<String> droppedLabels = new HashSet<>();
		Set<String> droppedMappings = new HashSet<>();
		for (CsvTable.Row row : data.table(CORRECTIONS).named()) {
			String key = row.get("esco_uri") + " " + row.get("language") + " " + row.get("value");
			switch (row.get("action")) {
				case "drop_label" -> droppedLabels.add(key);
				case "drop_mapping" -> droppedMappings.add(row.get("esco_uri") + " " + row.get("value"));
				default -> throw new IllegalArgumentException("Unknown correction " + row.get("action"));
			}
		}

		Map<String, EscoRow> esco = new LinkedHashMap<>();
		for (CsvTable.Row row : data.table(ESCO_OCCUPATIONS).named()) {
			String uri = row.get("esco_uri");
			String isco = row.get("isco_code");
			if (!EscoUri.isValid(uri) || !groupLabels.containsKey(isco)) {
				continue;
			}
			String swedish = row.optional("label_sv");
			if (droppedLabels.contains(uri + " sv " + swedish)) {
				swedish = null;
			}
			Labels.Builder labels = Labels.builder()
				.preferred(LabelLanguage.EN, row.get("label_en"))
				.preferred(LabelLanguage.NB, row.optional("label_nb"))
				.preferred(LabelLanguage.SV, swedish);
			for (String alternative : row.get("alt_labels_en").split("\\|")) {
				labels.alternative(LabelLanguage.EN, alternative);
			}
			esco.put(uri, new EscoRow(uri, row.get("esco_code"), isco, labels));
		}

		Map<String, Integer> popularity = new HashMap<>();
		List<RawLink> styrkRaw = new ArrayList<>();
		Map<String, String> styrkTitles = new HashMap<>();
		for (EscoMappingTable.Row row : EscoMappingTable.parse(data.text(NO_MAPPING)).rows()) {
			String target = row.targetId();
			String code = target.startsWith("C") ? target.substring(1) : target;
			if (code.length() == 3 && groupLabels.containsKey("0" + code) && !groupLabels.containsKey(code)) {
				code = "0" + code;
			}
			if (!row.targetLabel().isEmpty()) {
				styrkTitles.putIfAbsent(code, row.targetLabel());
			}
			EscoRow source = esco.get(row.sourceUri());
			if (source == null || !row.isMapping()) {
				continue;
			}
			source.labels().preferred(LabelLanguage.NB, row.sourceLabel());
			MatchConfidence confidence = MatchConfidence.fromSkos(row.relation()).orElse(null);
			if (confidence != null) {
				styrkRaw.add(new RawLink("STYRK", code, source.uri(), confidence));
				popularity.merge(source.uri(), points(confidence), Integer::sum);
			}
		}

		List<RawLink> jobTechRaw = new ArrayList<>();
		Map<String, String> jobTechLabels = new HashMap<>();
		for (EscoMappingTable.Row row : EscoMappingTable.parse(data.text(SE_MAPPING)).rows()) {
			if (!row.targetUri().startsWith(JOBTECH_CONCEPT)) {
				continue;
			}
			String jobTechId = row.targetId();
			if (!row.targetLabel().isEmpty()) {
				jobTechLabels.putIfAbsent(jobTechId, row.targetLabel());
			}
			var confidence = MatchConfidence.fromSkos(row.relation());
			if (!row.isMapping() || confidence.isEmpty()
					|| droppedMappings.contains(row.sourceUri() + " " + jobTechId)) {
				continue;
			}
			String conceptId;
			Labels.Builder labels;
			if (row.sourceUri().contains("/esco/isco/C")) {
				String code = row.sourceUri().substring(row.sourceUri().lastIndexOf("/C") + 2);
				labels = groupLabels.get(code);
				conceptId = OccupationConcept.ISCO_ID_PREFIX + code;
				if (labels != null) {
					labels.preferred(LabelLanguage.SV, row.sourceLabel());
				}
			}
			else {
				EscoRow source = esco.get(row.sourceUri());
				labels = (source != null) ? source.labels() : null;
				conceptId = row.sourceUri();
				if (labels != null) {
					labels.preferred(LabelLanguage.SV, row.sourceLabel());
				}
			}
			if (labels == null) {
				continue;
			}
			if (confidence.get() != MatchConfidence.BROAD) {
				// the JobTech name is the same or narrower: a Swedish way to say this
				// concept
				labels.alternative(LabelLanguage.SV, row.targetLabel());
			}
			jobTechRaw.add(new RawLink("JOBTECH", jobTechId, conceptId, confidence.get()));
			popularity.merge(conceptId, points(confidence.get()), Integer::sum);
		}

		Map<String, IscoGroup> groups = new LinkedHashMap<>();
		List<String> codes = new ArrayList<>(groupLabels.keySet());
		codes.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
		for (String code : codes) {
			IscoGroup parent = (code.length() > 1) ? groups.get(code.substring(0, code.length() - 1)) : null;
			groups.put(code, new IscoGroup(new IscoCode(code), groupLabels.get(code).build(), parent));
		}

		Map<String, Integer> escoCount = new HashMap<>();
		esco.values().forEach((row) -> escoCount.merge(row.isco(), 1, Integer::sum));
		Map<String, OccupationConcept> byId = new HashMap<>();
		for (IscoGroup group : groups.values()) {
			String id = OccupationConcept.ISCO_ID_PREFIX + group.code();
			int rank = 1 + popularity.getOrDefault(id, 0) + escoCount.getOrDefault(group.code().value(), 0);
			byId.put(id, new OccupationConcept(id, null, null, group, group.labels(), rank));
		}
		Map<String, List<OccupationConcept>> escoByIsco = new HashMap<>();
		for (EscoRow row : esco.values()) {
			OccupationConcept concept = new OccupationConcept(row.uri(), new EscoUri(row.uri()), row.escoCode(),
					groups.get(row.isco()), row.labels().build(), 1 + popularity.getOrDefault(row.uri(), 0));
			byId.put(row.uri(), concept);
			escoByIsco.computeIfAbsent(row.isco(), (k) -> new ArrayList<>()).add(concept);
		}
		Comparator<OccupationConcept> mostPopular = Comparator.comparingInt(OccupationConcept::popularity)
			.reversed()
			.thenComparing(OccupationConcept::id);
		escoByIsco.replaceAll((code, list) -> list.stream().sorted(mostPopular).toList());

		Map<String, List<Link>> styrkLinks = links(styrkRaw, byId);
		Map<String, List<Link>> jobTechLinks = links(jobTechRaw, byId);

		Map<String, List<OccupationConcept>> byLabel = new HashMap<>();
		Comparator<OccupationConcept> labelOrder = Comparator
			.comparing((OccupationConcept concept) -> !concept.isEscoOccupation())
			.thenComparing(mostPopular);
		for (OccupationConcept concept : byId.values()) {
			Set<String> seen = new HashSet<>();
			for (Label label : concept.labels().all()) {
				String key = TextNormalizer.normalize(label.text());
				if (seen.add(key)) {
					byLabel.computeIfAbsent(key, (k) -> new ArrayList<>()).add(concept);
				}
			}
		}
		byLabel.replaceAll((key, list) -> list.stream().sorted(labelOrder).toList());

		Map<String, IscoGroup> bySwedishLabel = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (IscoGroup group : groups.values()) {
			if (group.level() != 4) {
				continue;
			}
			group.labels().find(LabelLanguage.SV).ifPresent((label) -> {
				String key = Occupations.swedishGroupKey(label);
				if (bySwedishLabel.putIfAbsent(key, group) != null) {
					ambiguous.add(key);
				}
			});
		}
		ambiguous.forEach(bySwedishLabel::remove);

		return new Occupations(groups, byId, escoByIsco, styrkLinks, national, styrkTitles, jobTechLinks, jobTechLabels,
				byLabel, bySwedishLabel);
	}

	/**
	 * What one mapping row adds to a concept's popularity: more for a closer mapping, so
	 * that the concept a national term is the same as outranks one it is only narrower
	 * than.
	 */
	private static int points(MatchConfidence confidence) {
		return (int) Math.round(confidence.weight() * 10);
	}

	private static Map<String, List<Link>> links(List<RawLink> raw, Map<String, OccupationConcept> byId) {
		Map<String, List<Link>> links = new HashMap<>();
		for (RawLink link : raw) {
			OccupationConcept concept = byId.get(link.conceptId());
			if (concept != null) {
				links.computeIfAbsent(link.code(), (k) -> new ArrayList<>()).add(new Link(concept, link.confidence()));
			}
		}
		links.replaceAll((code, list) -> List.copyOf(list));
		return links;
	}

	private record EscoRow(String uri, String escoCode, String isco, Labels.Builder labels) {
	}

	private record RawLink(String system, String code, String conceptId, MatchConfidence confidence) {
	}

}
