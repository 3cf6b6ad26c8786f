package io.arcticmatch.matcher.concepts.skill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.core.CsvTable;
import io.arcticmatch.matcher.concepts.core.EscoMappingTable;
import io.arcticmatch.matcher.concepts.core.EscoUri;
import io.arcticmatch.matcher.concepts.core.Label;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;

/**
 * Builds {@link Skills} from the shipped data files (see
 * {@code concepts/ATTRIBUTION.md}).
 */
public final class SkillsLoader {

	/** The ESCO portal's ESCO-JobTech skills mapping table. */
	public static final String SE_MAPPING = "upstream/esco_mapping_SE_skills_v1.0.9_2023-11-30.csv";

	/** JobTech's related skills per SSYK level-4 group. */
	public static final String RELATED = "upstream/jobtech_ssyk4_related_skills.csv";

	private SkillsLoader() {
	}

	/**
	 * Reads and links all skill data.
	 * @param data where the files are
	 * @param iscoOfSsykLabel the ISCO unit group whose ESCO Swedish label is this SSYK
	 * group label, if any
	 * @return the skills
	 */
	public static Skills load(ConceptData data, Function<String, Optional<String>> iscoOfSsykLabel) {
		EscoMappingTable table = EscoMappingTable.parse(data.text(SE_MAPPING));
		CsvTable related = data.table(RELATED);

		Map<String, String> escoLabels = new LinkedHashMap<>();
		Map<String, String> jobTechLabels = new LinkedHashMap<>();
		Map<String, String> exactEsco = new HashMap<>();
		for (EscoMappingTable.Row row : table.rows()) {
			if (EscoUri.isValid(row.sourceUri()) && !row.sourceLabel().isEmpty()) {
				escoLabels.putIfAbsent(row.sourceUri(), row.sourceLabel());
			}
			if (!row.targetId().isEmpty() && !row.targetLabel().isEmpty()) {
				jobTechLabels.putIfAbsent(row.targetId(), row.targetLabel());
			}
			if (row.isMapping() && row.relation().equals("skos:exactMatch")
					&& escoLabels.containsKey(row.sourceUri())) {
				exactEsco.putIfAbsent(row.targetId(), row.sourceUri());
			}
		}
		for (CsvTable.Row row : related.named()) {
			jobTechLabels.putIfAbsent(row.get("skill_concept_id"), row.get("skill_label_sv"));
		}

		// canonical id of every JobTech skill
		Map<String, String> canonical = new HashMap<>();
		for (String jobTechId : jobTechLabels.keySet()) {
			String esco = exactEsco.get(jobTechId);
			canonical.put(jobTechId, (esco != null) ? esco : SkillConcept.JOBTECH_ID_PREFIX + jobTechId);
		}

		Map<String, Integer> popularity = new HashMap<>();
		for (CsvTable.Row row : related.named()) {
			popularity.merge(canonical.get(row.get("skill_concept_id")), 1, Integer::sum);
		}
		Map<String, Map<String, MatchConfidence>> rawLinks = new HashMap<>();
		for (EscoMappingTable.Row row : table.rows()) {
			if (!row.isMapping() || !escoLabels.containsKey(row.sourceUri())) {
				continue;
			}
			String a = row.sourceUri();
			String b = canonical.get(row.targetId());
			MatchConfidence confidence = MatchConfidence.fromSkos(row.relation()).orElse(null);
			if (b == null || confidence == null) {
				continue;
			}
			popularity.merge(a, 1, Integer::sum);
			if (!a.equals(b)) {
				link(rawLinks, a, b, confidence);
				link(rawLinks, b, a, inverse(confidence));
			}
		}

		Map<String, Labels.Builder> labels = new LinkedHashMap<>();
		Map<String, List<String>> jobTechIds = new HashMap<>();
		escoLabels.forEach((uri, label) -> labels.put(uri, Labels.builder().preferred(LabelLanguage.SV, label)));
		jobTechLabels.forEach((jobTechId, label) -> {
			String id = canonical.get(jobTechId);
			labels.computeIfAbsent(id, (k) -> Labels.builder()).preferred(LabelLanguage.SV, label);
			jobTechIds.computeIfAbsent(id, (k) -> new ArrayList<>()).add(jobTechId);
		});

		Map<String, SkillConcept> byId = new HashMap<>();
		labels.forEach((id, builder) -> byId.put(id, new SkillConcept(id, EscoUri.isValid(id) ? new EscoUri(id) : null,
				jobTechIds.getOrDefault(id, List.of()), builder.build(), 1 + popularity.getOrDefault(id, 0))));
		Map<String, SkillConcept> byJobTechId = new HashMap<>();
		canonical.forEach((jobTechId, id) -> byJobTechId.put(jobTechId, byId.get(id)));

		Map<String, List<Known<SkillConcept>>> links = new HashMap<>();
		rawLinks.forEach((from, targets) -> {
			List<Known<SkillConcept>> list = new ArrayList<>();
			targets
				.forEach((to, confidence) -> list.add(new Known<>(byId.get(to), confidence, "ESCO-SE skills table")));
			list.sort(Comparator.comparingInt((Known<SkillConcept> k) -> k.confidence().ordinal())
				.thenComparing((k) -> k.concept().id()));
			links.put(from, List.copyOf(list));
		});

		Comparator<SkillConcept> mostPopular = Comparator.comparingInt(SkillConcept::popularity)
			.reversed()
			.thenComparing(SkillConcept::id);
		Map<String, Set<SkillConcept>> bySsyk = new LinkedHashMap<>();
		Map<String, String> ssykLabels = new HashMap<>();
		for (CsvTable.Row row : related.named()) {
			String group = row.get("ssyk4_concept_id");
			ssykLabels.putIfAbsent(group, row.get("ssyk4_label_sv"));
			bySsyk.computeIfAbsent(group, (k) -> new LinkedHashSet<>())
				.add(byJobTechId.get(row.get("skill_concept_id")));
		}
		Map<String, List<SkillConcept>> bySsykGroup = new HashMap<>();
		Map<String, Set<SkillConcept>> byIscoSets = new HashMap<>();
		bySsyk.forEach((group, skills) -> {
			List<SkillConcept> sorted = skills.stream().sorted(mostPopular).toList();
			bySsykGroup.put(group, sorted);
			iscoOfSsykLabel.apply(ssykLabels.get(group))
				.ifPresent((isco) -> byIscoSets.computeIfAbsent(isco, (k) -> new LinkedHashSet<>()).addAll(sorted));
		});
		Map<String, List<SkillConcept>> byIsco = new HashMap<>();
		byIscoSets.forEach((isco, skills) -> byIsco.put(isco, skills.stream().sorted(mostPopular).toList()));

		Map<String, List<SkillConcept>> byLabel = new HashMap<>();
		for (SkillConcept concept : byId.values()) {
			Set<String> seen = new HashSet<>();
			for (Label label : concept.labels().all()) {
				String key = TextNormalizer.normalize(label.text());
				if (seen.add(key)) {
					byLabel.computeIfAbsent(key, (k) -> new ArrayList<>()).add(concept);
				}
			}
		}
		byLabel.replaceAll((key, list) -> list.stream().sorted(mostPopular).toList());

		return new Skills(byId, byJobTechId, links, bySsykGroup, ssykLabels, byIsco, byLabel);
	}

	private static void link(Map<String, Map<String, MatchConfidence>> links, String from, String to,
			MatchConfidence confidence) {
		links.computeIfAbsent(from, (k) -> new HashMap<>())
			.merge(to, confidence, (a, b) -> (a.ordinal() <= b.ordinal()) ? a : b);
	}

	private static MatchConfidence inverse(MatchConfidence confidence) {
		return switch (confidence) {
			case BROAD -> MatchConfidence.NARROW;
			case NARROW -> MatchConfidence.BROAD;
			default -> confidence;
		};
	}

}
