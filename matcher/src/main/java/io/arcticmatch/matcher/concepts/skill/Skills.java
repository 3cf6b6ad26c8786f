package io.arcticmatch.matcher.concepts.skill;

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
 * Turns ESCO and JobTech skill ids into {@link SkillConcept}s and tells how much credit
 * one skill gives for another. Immutable and thread-safe; built once by
 * {@link SkillsLoader}.
 */
public final class Skills {

	private final Map<String, SkillConcept> byId;

	private final Map<String, SkillConcept> byJobTechId;

	private final Map<String, List<Known<SkillConcept>>> links;

	private final Map<String, List<SkillConcept>> bySsykGroup;

	private final Map<String, String> ssykGroupLabels;

	private final Map<String, List<SkillConcept>> byIsco;

	private final Map<String, List<SkillConcept>> byLabel;

	Skills(Map<String, SkillConcept> byId, Map<String, SkillConcept> byJobTechId,
			Map<String, List<Known<SkillConcept>>> links, Map<String, List<SkillConcept>> bySsykGroup,
			Map<String, String> ssykGroupLabels, Map<String, List<SkillConcept>> byIsco,
			Map<String, List<SkillConcept>> byLabel) {
		this.byId = Map.copyOf(byId);
		this.byJobTechId = Map.copyOf(byJobTechId);
		this.links = Map.copyOf(links);
		this.bySsykGroup = Map.copyOf(bySsykGroup);
		this.ssykGroupLabels = Map.copyOf(ssykGroupLabels);
		this.byIsco = Map.copyOf(byIsco);
		this.byLabel = Map.copyOf(byLabel);
	}

	/**
	 * Every skill concept.
	 * @return the concepts, in no particular order
	 */
	public Collection<SkillConcept> all() {
		return this.byId.values();
	}

	/**
	 * A concept by its {@link SkillConcept#id()}.
	 * @param id an ESCO URI or {@code jobtech:skill:} and an id
	 * @return the concept
	 */
	public Optional<SkillConcept> byId(String id) {
		return Optional.ofNullable(this.byId.get(id.strip()));
	}

	/**
	 * An ESCO skill.
	 * @param uri the ESCO skill URI
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<SkillConcept> byEscoUri(@Nullable String uri) {
		SkillConcept concept = (uri != null) ? this.byId.get(uri.strip()) : null;
		if (concept == null || concept.esco() == null) {
			return ConceptMatch.unknown(CodeSystem.ESCO_SKILL, uri, null);
		}
		return ConceptMatch.exact(concept, "ESCO skill");
	}

	/**
	 * A JobTech skill (as in Swedish ads' {@code must_have.skills[].concept_id}). A
	 * JobTech skill with an exactMatch to an ESCO skill is that ESCO skill;
	 * {@link #links} gives the ESCO skills it is broader or narrower than.
	 * @param conceptId the JobTech concept id or URI
	 * @param label the label as the ad gives it, or null
	 * @return the concept or an unknown code
	 */
	public ConceptMatch<SkillConcept> fromJobTech(@Nullable String conceptId, @Nullable String label) {
		String id = localId(conceptId);
		SkillConcept concept = (id != null) ? this.byJobTechId.get(id) : null;
		if (concept == null) {
			return ConceptMatch.unknown(CodeSystem.JOBTECH_SKILL, conceptId, label);
		}
		return ConceptMatch.exact(concept, (concept.esco() != null)
				? "JobTech skill " + id + " = ESCO skill (ESCO-SE table, exactMatch)" : "JobTech skill " + id);
	}

	/**
	 * The concepts the ESCO-SE table links to this one by closeMatch, broadMatch or
	 * narrowMatch (or by a second exactMatch), with the relation as confidence: the
	 * partial credit one gives for the other.
	 * @param concept a skill
	 * @return the linked skills, best first
	 */
	public List<Known<SkillConcept>> links(SkillConcept concept) {
		return this.links.getOrDefault(concept.id(), List.of());
	}

	/**
	 * How much a skill someone has counts for a skill asked for: 1 for the same concept,
	 * the weight of the best mapping between them otherwise (broad and narrow give
	 * partial credit), 0 if they are not linked.
	 * @param required the skill asked for
	 * @param offered the skill someone has
	 * @return a number in [0, 1]
	 */
	public double credit(SkillConcept required, SkillConcept offered) {
		if (required.id().equals(offered.id())) {
			return 1;
		}
		double best = 0;
		for (Known<SkillConcept> link : links(required)) {
			if (link.concept().id().equals(offered.id())) {
				best = Math.max(best, link.confidence().weight());
			}
		}
		return best;
	}

	/**
	 * The skills JobTech relates to an SSYK level-4 group.
	 * @param ssykConceptId the JobTech concept id of the group (e.g. ads'
	 * {@code occupation_group.concept_id})
	 * @return the skills, most popular first; empty for an unknown group
	 */
	public List<SkillConcept> relatedToSsykGroup(String ssykConceptId) {
		String id = localId(ssykConceptId);
		return (id != null) ? this.bySsykGroup.getOrDefault(id, List.of()) : List.of();
	}

	/**
	 * The label of an SSYK level-4 group by its JobTech concept id.
	 * @param ssykConceptId the concept id
	 * @return the Swedish label
	 */
	public Optional<String> ssykGroupLabel(String ssykConceptId) {
		String id = localId(ssykConceptId);
		return Optional.ofNullable((id != null) ? this.ssykGroupLabels.get(id) : null);
	}

	/**
	 * The skills related to an ISCO-08 unit group: those of the SSYK groups whose label
	 * ESCO uses as the Swedish label of the ISCO group. Covers only the ISCO groups where
	 * that is so (about a third); empty otherwise.
	 * @param iscoCode a 4-digit ISCO-08 code
	 * @return the skills, most popular first
	 */
	public List<SkillConcept> relatedToIsco(String iscoCode) {
		return this.byIsco.getOrDefault(iscoCode.strip(), List.of());
	}

	/**
	 * The ISCO unit groups {@link #relatedToIsco} knows.
	 * @return the codes
	 */
	public Collection<String> iscoGroupsWithRelatedSkills() {
		return this.byIsco.keySet();
	}

	/**
	 * Skills whose label is exactly this text after normalisation.
	 * @param text a skill name
	 * @return the skills, most popular first
	 */
	public List<SkillConcept> byLabel(String text) {
		return this.byLabel.getOrDefault(TextNormalizer.normalize(text), List.of());
	}

	/**
	 * A skill named in free text, e.g. from a profile form without typeahead.
	 * @param text the skill name
	 * @return the most popular skill with exactly that label (by
	 * {@link MatchConfidence#INFERRED}) or an unknown code
	 */
	public ConceptMatch<SkillConcept> fromLabel(@Nullable String text) {
		List<SkillConcept> found = (text != null) ? byLabel(text) : List.of();
		if (found.isEmpty()) {
			return ConceptMatch.unknown(CodeSystem.LABEL, text, text);
		}
		return new Known<>(found.get(0), MatchConfidence.INFERRED, "skill label '" + text + "'");
	}

	static @Nullable String localId(@Nullable String conceptId) {
		if (conceptId == null || conceptId.isBlank()) {
			return null;
		}
		String id = conceptId.strip();
		int slash = id.lastIndexOf('/');
		return (slash >= 0) ? id.substring(slash + 1) : id;
	}

}
