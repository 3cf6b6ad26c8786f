package io.arcticmatch.matcher.concepts;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.UnknownCode;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.concepts.skill.Skills;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillsTest {

	private static final String ESCO_3D_MODELLING = "http://data.europa.eu/esco/skill/97965983-0da4-4902-9daf-d5cd2693ef73";

	private final Skills skills = TestConcepts.get().skills();

	@Test
	void jobTechSkillWithAnExactMatchIsTheEscoSkill() {
		SkillConcept skill = this.skills.fromJobTech("yQcc_fTn_JL5", "3D-modellering").asOptional().orElseThrow();
		assertThat(skill.id()).isEqualTo(ESCO_3D_MODELLING);
		assertThat(skill.jobTechIds()).contains("yQcc_fTn_JL5");
		assertThat(this.skills.byEscoUri(ESCO_3D_MODELLING).asOptional()).contains(skill);
	}

	@Test
	void broadAndNarrowMatchesGivePartialCredit() {
		SkillConcept lighting = this.skills
			.byEscoUri("http://data.europa.eu/esco/skill/6e53fd99-b646-4327-9580-ac062ab21188")
			.asOptional()
			.orElseThrow();
		SkillConcept modelling = this.skills.fromJobTech("yQcc_fTn_JL5", null).asOptional().orElseThrow();
		// ESCO '3D-belysning' skos:broadMatch JobTech '3D-modellering' (the JobTech skill
		// is broader)
		assertThat(this.skills.credit(lighting, modelling)).isEqualTo(MatchConfidence.BROAD.weight());
		assertThat(this.skills.credit(modelling, lighting)).isEqualTo(MatchConfidence.NARROW.weight());
		assertThat(this.skills.credit(modelling, modelling)).isEqualTo(1.0);
		assertThat(this.skills.links(modelling)).isNotEmpty();
	}

	@Test
	void jobTechSkillsWithoutEscoMappingAreConceptsOfTheirOwn() {
		assertThat(this.skills.all()).filteredOn((skill) -> skill.esco() == null)
			.isNotEmpty()
			.allSatisfy((skill) -> assertThat(skill.id()).startsWith(SkillConcept.JOBTECH_ID_PREFIX));
	}

	@Test
	void relatedSkillsPerSsykGroup() {
		assertThat(this.skills.ssykGroupLabel("13md_uyV_BNG")).contains("Drifttekniker, IT");
		assertThat(this.skills.relatedToSsykGroup("13md_uyV_BNG")).hasSizeGreaterThan(10)
			.anySatisfy((skill) -> assertThat(skill.jobTechIds()).contains("G4sF_xod_zoq"));
	}

	@Test
	void relatedSkillsPerIscoGroupWhereEscoUsesTheSsykLabel() {
		assertThat(this.skills.iscoGroupsWithRelatedSkills()).hasSizeGreaterThan(100);
		String isco = this.skills.iscoGroupsWithRelatedSkills().iterator().next();
		assertThat(this.skills.relatedToIsco(isco)).isNotEmpty();
	}

	@Test
	void unknownSkillKeepsIdAndLabel() {
		assertThat(this.skills.fromJobTech("nope_nop_nop", "Renskötsel"))
			.isEqualTo(new UnknownCode<SkillConcept>(CodeSystem.JOBTECH_SKILL, "nope_nop_nop", "Renskötsel"));
		assertThat(this.skills.fromLabel("Renskötsel med drönare")).isInstanceOf(UnknownCode.class);
	}

}
