package io.arcticmatch.matcher.concepts.skill;

import java.util.List;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.EscoUri;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A language-independent skill: an ESCO skill where the data has one (a JobTech skill
 * with an exactMatch to it is the same concept), otherwise a JobTech skill.
 *
 * @param id the ESCO URI, or {@code jobtech:skill:} and the JobTech concept id
 * @param esco the ESCO skill, null for a JobTech-only skill
 * @param jobTechIds the JobTech skill concept ids that are this concept
 * @param labels the labels; the data has Swedish labels only (see
 * {@link Labels#missing()})
 * @param popularity how many SSYK groups relate the skill plus how many mapping rows name
 * it; used to rank typeahead results
 */
public record SkillConcept(String id, @Nullable EscoUri esco, List<String> jobTechIds, Labels labels,
		int popularity) implements Concept {

	/** The id prefix of JobTech-only skills. */
	public static final String JOBTECH_ID_PREFIX = "jobtech:skill:";

	public SkillConcept {
		jobTechIds = List.copyOf(jobTechIds);
	}

	@Override
	public ConceptKind kind() {
		return ConceptKind.SKILL;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof SkillConcept concept && this.id.equals(concept.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.id + " (" + this.labels.get(LabelLanguage.SV) + ")";
	}

}
