package io.arcticmatch.matcher.concepts;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.UnknownCode;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.occupation.IscoGroup;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.occupation.Occupations;
import io.arcticmatch.matcher.concepts.typeahead.Suggestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationsTest {

	private static final String GENERAL_NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

	private final Concepts concepts = TestConcepts.get();

	private final Occupations occupations = this.concepts.occupations();

	@Test
	void styrk2223MapsToIsco2221() {
		Known<OccupationConcept> known = known(this.occupations.fromStyrk08("2223", null));
		assertThat(known.concept().isco().code().value()).isEqualTo("2221");
		assertThat(known.concept().isEscoOccupation()).isFalse();
		assertThat(known.confidence()).isEqualTo(MatchConfidence.EXACT);
		assertThat(known.origin()).contains("2223").contains("2221").contains("national");
	}

	@Test
	void theOtherNationalStyrkCodesMapExplicitly() {
		assertThat(known(this.occupations.fromStyrk08("2224", null)).concept().isco().code().value()).isEqualTo("2221");
		assertThat(known(this.occupations.fromStyrk08("2224", null)).confidence()).isEqualTo(MatchConfidence.CLOSE);
		assertThat(known(this.occupations.fromStyrk08("3439", null)).concept().isco().code().value()).isEqualTo("3435");
	}

	@Test
	void anyOtherStyrkCodeIsTheSameIscoCode() {
		Known<OccupationConcept> known = known(this.occupations.fromStyrk08("2512", null));
		assertThat(known.concept().id()).isEqualTo("isco08:2512");
		assertThat(known.confidence()).isEqualTo(MatchConfidence.EXACT);
	}

	@Test
	void styrkCodeWithTitlePicksTheEscoOccupationAndKeepsTheSkosRelation() {
		Known<OccupationConcept> known = known(this.occupations.fromStyrk08("2223", "Sykepleier"));
		assertThat(known.concept().id()).isEqualTo(GENERAL_NURSE);
		assertThat(known.confidence()).isEqualTo(MatchConfidence.CLOSE);
	}

	@Test
	void navSevenDigitStyrkCodeIsCutToFourDigits() {
		assertThat(known(this.occupations.fromStyrk08("2223108", null)).concept().isco().code().value())
			.isEqualTo("2221");
	}

	@Test
	void threeDigitArmedForcesStyrkCodeGetsItsLeadingZero() {
		assertThat(known(this.occupations.fromStyrk08("310", null)).concept().id()).isEqualTo("isco08:0310");
	}

	@Test
	void styrk08CandidatesCarryTheirMatchType() {
		assertThat(this.occupations.styrk08Candidates("2223")).singleElement()
			.satisfies((candidate) -> assertThat(candidate.concept().id()).isEqualTo(GENERAL_NURSE));
		assertThat(this.occupations.styrk08Candidates("3439")).hasSizeGreaterThan(20);
		assertThat(this.occupations.styrk08Title("2223")).contains("Sykepleiere");
	}

	@Test
	void unknownStyrkCodeKeepsCodeAndText() {
		ConceptMatch<OccupationConcept> match = this.occupations.fromStyrk08("9999", "Nordlysguide");
		assertThat(match).isEqualTo(new UnknownCode<OccupationConcept>(CodeSystem.STYRK_08, "9999", "Nordlysguide"));
		assertThat(this.occupations.fromStyrk08("x12", "tittel")).isInstanceOfSatisfying(UnknownCode.class,
				(unknown) -> assertThat(unknown.code()).isEqualTo("x12"));
		assertThat(this.occupations.fromStyrk08(null, "tittel")).isInstanceOf(UnknownCode.class);
	}

	@Test
	void fiveDigitAmlCodeMapsToTheIscoGroupOfItsFirstFourDigits() {
		Known<OccupationConcept> known = known(this.occupations.fromAml2010("72121", null));
		assertThat(known.concept().isco().code().value()).isEqualTo("7212");
		assertThat(known.origin()).contains("5-digit");
		assertThat(known(this.occupations.fromAml2010("2221", null)).concept().id()).isEqualTo("isco08:2221");
		assertThat(this.occupations.fromAml2010("99999", "x")).isInstanceOf(UnknownCode.class);
	}

	@Test
	void iscoGroupsHaveTheirParents() {
		IscoGroup group = this.occupations.iscoGroup("2221").orElseThrow();
		assertThat(group.path()).extracting((g) -> g.code().value()).containsExactly("2", "22", "222", "2221");
		OccupationConcept nurse = this.occupations.byId(GENERAL_NURSE).orElseThrow();
		assertThat(nurse.unitGroup()).contains(group);
		assertThat(nurse.iscoAtLevel(2).orElseThrow().code().value()).isEqualTo("22");
	}

	@Test
	void everyEscoOccupationHasItsFourDigitIscoGroup() {
		assertThat(this.occupations.all()).filteredOn(OccupationConcept::isEscoOccupation)
			.hasSizeGreaterThan(3000)
			.allSatisfy((concept) -> assertThat(concept.unitGroup()).isPresent());
	}

	@Test
	void jobTechOccupationNameReachesEsco() {
		Known<OccupationConcept> known = known(
				this.occupations.fromJobTechOccupationName("bXNH_MNX_dUR", "Sjuksköterska, grundutbildad"));
		assertThat(known.concept().id()).isEqualTo(GENERAL_NURSE);
		assertThat(known.confidence()).isEqualTo(MatchConfidence.EXACT);
		assertThat(known(this.occupations
			.fromJobTechOccupationName("http://data.jobtechdev.se/taxonomy/concept/bXNH_MNX_dUR", null)).concept().id())
			.isEqualTo(GENERAL_NURSE);
	}

	@Test
	void jobTechOccupationNameMappedOnlyToAnIscoGroupGivesTheGroup() {
		Known<OccupationConcept> known = known(this.occupations.fromJobTechOccupationName("Agi7_Q14_oxk", null));
		assertThat(known.concept().id()).isEqualTo("isco08:2221");
		assertThat(known.confidence()).isEqualTo(MatchConfidence.NARROW);
	}

	@Test
	void unknownJobTechOccupationNameKeepsIdAndLabel() {
		assertThat(this.occupations.fromJobTechOccupationName("nope_nop_nop", "Renskötare")).isEqualTo(
				new UnknownCode<OccupationConcept>(CodeSystem.JOBTECH_OCCUPATION_NAME, "nope_nop_nop", "Renskötare"));
	}

	@Test
	void ssykCodeAloneIsOnlyAStructuralMatch() {
		Known<OccupationConcept> known = known(this.occupations.fromSsyk2012("2221", null));
		assertThat(known.concept().id()).isEqualTo("isco08:22");
		assertThat(known.confidence()).isEqualTo(MatchConfidence.STRUCTURAL);
		assertThat(known(this.occupations.fromSsyk2012("1211", null)).concept().id()).isEqualTo("isco08:1");
	}

	@Test
	void ssykGroupLabelThatEscoUsesForAnIscoGroupGivesThatGroup() {
		Known<OccupationConcept> known = known(
				this.occupations.fromSsyk2012("1112", "General-, landstings- och kommundirektörer m.fl."));
		assertThat(known.concept().id()).isEqualTo("isco08:1112");
		assertThat(known.confidence()).isEqualTo(MatchConfidence.INFERRED);
	}

	@Test
	void unknownSsykCodeKeepsCodeAndText() {
		assertThat(this.occupations.fromSsyk2012("ABC", "Renskötare")).isInstanceOf(UnknownCode.class);
	}

	@Test
	void swedishAndNorwegianNurseReachTheSameConcept() {
		Suggestion swedish = this.concepts.typeahead().suggest("sjuksköterska", ConceptKind.OCCUPATION, 5).get(0);
		Suggestion norwegian = this.concepts.typeahead().suggest("sykepleier", ConceptKind.OCCUPATION, 5).get(0);
		assertThat(swedish.concept()).isEqualTo(norwegian.concept());
		assertThat(swedish.concept().id()).isEqualTo(GENERAL_NURSE);
		assertThat(this.occupations.byLabel("sykepleier")).first()
			.isEqualTo(this.occupations.byLabel("Sjuksköterska, grundutbildad").get(0));
	}

	@Test
	void curatedCorrectionsRemoveTheNurseAssistantsWrongSwedishLabel() {
		OccupationConcept assistant = this.occupations
			.byId("http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7")
			.orElseThrow();
		assertThat(assistant.labels().all())
			.noneSatisfy((label) -> assertThat(label.text()).isEqualToIgnoringCase("sjuksköterska, grundutbildad"));
		assertThat(this.occupations.jobTechCandidates("bXNH_MNX_dUR")).singleElement()
			.satisfies((known) -> assertThat(known.concept().id()).isEqualTo(GENERAL_NURSE));
	}

	@Test
	void occupationsHaveNorwegianSwedishAndEnglishLabelsButNoFinnish() {
		OccupationConcept nurse = this.occupations.byId(GENERAL_NURSE).orElseThrow();
		assertThat(nurse.labels().find(LabelLanguage.NB)).contains("sykepleier");
		assertThat(nurse.labels().find(LabelLanguage.SV)).contains("sjuksköterska, grundutbildad");
		assertThat(nurse.labels().find(LabelLanguage.EN)).contains("nurse responsible for general care");
		assertThat(nurse.labels().missing()).containsExactly(LabelLanguage.FI);
		assertThat(nurse.label(LabelLanguage.FI)).isEqualTo("nurse responsible for general care");
	}

	private static Known<OccupationConcept> known(ConceptMatch<OccupationConcept> match) {
		assertThat(match).isInstanceOf(Known.class);
		return (Known<OccupationConcept>) match;
	}

}
