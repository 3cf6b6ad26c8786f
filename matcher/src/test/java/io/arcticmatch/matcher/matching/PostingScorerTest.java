package io.arcticmatch.matcher.matching;

import java.time.Duration;
import java.util.List;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.RemoteMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Examples with real concepts: a Swedish nurse in Kiruna and ads across the border.
 */
class PostingScorerTest {

	static final String GENERAL_NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

	private static final Concepts CONCEPTS = RandomizedMatching.CONCEPTS;

	static final String EMERGENCY_MEDICATION = CONCEPTS.skills()
		.byEscoUri("http://data.europa.eu/esco/skill/f199955e-870e-4f44-aa65-51694449b6ce")
		.asOptional()
		.orElseThrow()
		.id();

	static final String PRESCRIBED_MEDICATION = CONCEPTS.skills()
		.byEscoUri("http://data.europa.eu/esco/skill/1fd57242-267e-46df-bd8c-849fdd593a50")
		.asOptional()
		.orElseThrow()
		.id();

	static final String LICENCE_B = CONCEPTS.licences().fromCode("B").asOptional().orElseThrow().id();

	static final String LICENCE_CE = CONCEPTS.licences().fromCode("CE").asOptional().orElseThrow().id();

	static final Municipality KIRUNA = municipality(Country.SE, "2584");

	static final Municipality NARVIK = municipality(Country.NO, "1806");

	static final Municipality OSLO = municipality(Country.NO, "0301");

	private final MatchWeights weights = MatchWeights.defaults();

	private final PostingScorer scorer = new PostingScorer(CONCEPTS, this.weights, CurrencyRates.nordic(),
			RandomizedMatching.NOW);

	static Municipality municipality(Country country, String code) {
		return CONCEPTS.places().municipality(country, code).asOptional().orElseThrow();
	}

	/**
	 * A nurse in Kiruna who speaks Swedish and Norwegian and commutes 200 km into Norway.
	 */
	static SeekerProfile swedishNurse() {
		return SeekerProfile.builder()
			.occupation(GENERAL_NURSE, 6)
			.skill(EMERGENCY_MEDICATION)
			.language(new LanguageSkill("sv", CefrLevel.NATIVE))
			.language(new LanguageSkill("nb", CefrLevel.B2))
			.drivingLicence(LICENCE_B)
			.education(EducationLevel.BACHELOR)
			.home(new Home(KIRUNA.location(), "Kiruna"))
			.mobility(Country.SE, Mobility.commuteOrRelocate(100))
			.mobility(Country.NO, Mobility.commute(200))
			.employmentType(EmploymentType.PERMANENT)
			.build();
	}

	static JobPosting.Builder ad(String id, String title, Municipality where) {
		return JobPosting
			.builder(new PostingId("nav", id), title,
					new PostingPlace(where.country(), null, where.code(), where.name(), where.location()),
					RandomizedMatching.NOW.instant().minus(Duration.ofDays(2)))
			.language("nb");
	}

	static JobPosting norwegianNurseAd(String id, Municipality where) {
		return ad(id, "Sykepleier", where).occupation(new PostingOccupation(GENERAL_NURSE, null, "2221", 0.9))
			.skill(EMERGENCY_MEDICATION)
			.language(new LanguageRequirement("nb", true))
			.employmentType(EmploymentType.PERMANENT)
			.build();
	}

	@Test
	void aSwedishNurseFitsANorwegianNurseAdAcrossTheBorder() {
		MatchScore score = this.scorer.score(swedishNurse(), norwegianNurseAd("1", NARVIK));

		assertThat(score.value()).as(score.toTree()).isGreaterThan(70);
		assertThat(keys(score)).contains(MatchReasons.OCCUPATION_SAME_CONCEPT, MatchReasons.OCCUPATION_EXPERIENCE,
				MatchReasons.SKILL_COVERED, MatchReasons.LANGUAGE_REQUIRED_HELD, MatchReasons.LANGUAGE_LEVEL_NOT_STATED,
				MatchReasons.PLACE_WITHIN_COMMUTE, MatchReasons.EMPLOYMENT_TYPE_WISHED,
				MatchReasons.LICENCES_NOT_STATED);
		MatchReason occupation = score.reason(MatchReasons.OCCUPATION).orElseThrow();
		assertThat(occupation.value()).isCloseTo((this.weights.occupation() + this.weights.experience()) * 0.9,
				within(1e-9));
	}

	@Test
	void theSameNurseAdInOsloIsBeyondTheCommuteAndScoresLower() {
		MatchScore narvik = this.scorer.score(swedishNurse(), norwegianNurseAd("1", NARVIK));
		MatchScore oslo = this.scorer.score(swedishNurse(), norwegianNurseAd("2", OSLO));

		assertThat(oslo.value()).isLessThan(narvik.value());
		MatchReason place = oslo.reason(MatchReasons.PLACE).orElseThrow();
		assertThat(place.value()).isEqualTo(-this.weights.tooFarPenalty());
		assertThat(place.children().getFirst().key()).isEqualTo(MatchReasons.PLACE_TOO_FAR);
		assertThat(place.children().getFirst().arguments()).last().isEqualTo("Kiruna");
	}

	@Test
	void anAdOfTheSameUnitGroupEarnsLessThanTheSameOccupation() {
		JobPosting sameConcept = norwegianNurseAd("1", NARVIK);
		JobPosting unitGroup = sameConcept.toBuilder()
			.occupation(new PostingOccupation("isco08:2221", null, "2221", 0.9))
			.build();
		JobPosting subMajorGroup = sameConcept.toBuilder()
			.occupation(new PostingOccupation("isco08:22", null, "22", 0.9))
			.build();

		MatchScore concept = this.scorer.score(swedishNurse(), sameConcept);
		MatchScore unit = this.scorer.score(swedishNurse(), unitGroup);
		MatchScore subMajor = this.scorer.score(swedishNurse(), subMajorGroup);

		assertThat(keys(unit)).contains(MatchReasons.OCCUPATION_SAME_UNIT_GROUP);
		assertThat(keys(subMajor)).contains(MatchReasons.OCCUPATION_SAME_SUB_MAJOR_GROUP);
		assertThat(concept.value()).isGreaterThan(unit.value());
		assertThat(unit.value()).isGreaterThan(subMajor.value());
	}

	@Test
	void yearsOfExperienceAddALittleAndNoMoreThanTheirWeight() {
		JobPosting ad = norwegianNurseAd("1", NARVIK);
		SeekerProfile fresh = SeekerProfile.builder()
			.occupation(GENERAL_NURSE, 0)
			.language(new LanguageSkill("nb", CefrLevel.B2))
			.build();
		SeekerProfile experienced = fresh.toBuilder().occupation(GENERAL_NURSE, 30).build();

		double gained = this.scorer.score(experienced, ad).value() - this.scorer.score(fresh, ad).value();

		assertThat(gained).isPositive().isLessThanOrEqualTo(this.weights.experience());
	}

	@Test
	void aLessCertainOccupationMappingEarnsLess() {
		JobPosting sure = norwegianNurseAd("1", NARVIK);
		JobPosting unsure = sure.toBuilder()
			.occupation(new PostingOccupation(GENERAL_NURSE, null, "2221", 0.4))
			.build();

		assertThat(this.scorer.score(swedishNurse(), unsure).value())
			.isLessThan(this.scorer.score(swedishNurse(), sure).value());
	}

	@Test
	void anAdStatingNoLanguageIsNeitherRewardedNorPunishedAndSaysSo() {
		JobPosting silent = ad("3", "Sykepleier", NARVIK)
			.occupation(new PostingOccupation(GENERAL_NURSE, null, "2221", 0.9))
			.build();
		SeekerProfile speaksNorwegian = swedishNurse();
		SeekerProfile speaksNoNorwegian = SeekerProfile.builder()
			.occupation(GENERAL_NURSE, 6)
			.language(new LanguageSkill("sv", CefrLevel.NATIVE))
			.home(new Home(KIRUNA.location(), "Kiruna"))
			.mobility(Country.NO, Mobility.commute(200))
			.build();

		MatchReason forOne = this.scorer.score(speaksNorwegian, silent).reason(MatchReasons.LANGUAGES).orElseThrow();
		MatchReason forOther = this.scorer.score(speaksNoNorwegian, silent)
			.reason(MatchReasons.LANGUAGES)
			.orElseThrow();

		assertThat(forOne.value()).isZero();
		assertThat(forOther.value()).isZero();
		assertThat(forOne.children()).extracting(MatchReason::key).containsExactly(MatchReasons.LANGUAGES_NOT_STATED);
	}

	@Test
	void aRequiredNorwegianTheSeekerLacksCountsAgainstTheMatch() {
		SeekerProfile onlySwedish = SeekerProfile.builder()
			.occupation(GENERAL_NURSE, 6)
			.language(new LanguageSkill("sv", CefrLevel.NATIVE))
			.language(new LanguageSkill("nn", CefrLevel.A2))
			.home(new Home(KIRUNA.location(), "Kiruna"))
			.mobility(Country.NO, Mobility.commute(200))
			.build();

		MatchScore score = this.scorer.score(onlySwedish, norwegianNurseAd("1", NARVIK));

		MatchReason languages = score.reason(MatchReasons.LANGUAGES).orElseThrow();
		assertThat(languages.value()).isEqualTo(-this.weights.missingRequiredLanguagePenalty());
		assertThat(languages.children().getFirst().key()).isEqualTo(MatchReasons.LANGUAGE_REQUIRED_MISSING);
		// nynorsk at A2 is Norwegian, but below the level assumed when the ad states none
		assertThat(languages.children().getFirst().arguments()).containsExactly("nb", "A2");
	}

	@Test
	void aHeavyLicenceCoversTheCarLicenceAnAdAsksFor() {
		JobPosting needsCar = norwegianNurseAd("1", NARVIK).toBuilder().drivingLicence(LICENCE_B).build();
		SeekerProfile truckDriver = swedishNurse().toBuilder().build();
		SeekerProfile.Builder withoutCar = SeekerProfile.builder().occupation(GENERAL_NURSE, 6);
		SeekerProfile noLicence = withoutCar.home(new Home(KIRUNA.location(), "Kiruna"))
			.mobility(Country.NO, Mobility.commute(200))
			.build();
		SeekerProfile heavy = noLicence.toBuilder().drivingLicence(LICENCE_CE).build();

		assertThat(keys(this.scorer.score(truckDriver, needsCar))).contains(MatchReasons.LICENCE_HELD);
		assertThat(keys(this.scorer.score(heavy, needsCar))).contains(MatchReasons.LICENCE_HELD);
		MatchReason missing = this.scorer.score(noLicence, needsCar).reason(MatchReasons.LICENCES).orElseThrow();
		assertThat(missing.value()).isEqualTo(-this.weights.missingLicencePenalty());
	}

	@Test
	void aFullyRemoteJobIgnoresDistance() {
		JobPosting remoteInOslo = norwegianNurseAd("2", OSLO).toBuilder().remote(RemoteMode.REMOTE).build();

		MatchReason place = this.scorer.score(swedishNurse(), remoteInOslo).reason(MatchReasons.PLACE).orElseThrow();

		assertThat(place.value()).isEqualTo(this.weights.distance());
		assertThat(place.children().getFirst().key()).isEqualTo(MatchReasons.PLACE_REMOTE_JOB);
	}

	@Test
	void aJobInACountryTheSeekerDoesNotConsiderCountsAgainstIt() {
		Municipality tornio = municipality(Country.FI, "851");
		JobPosting finnish = norwegianNurseAd("4", tornio);

		MatchReason place = this.scorer.score(swedishNurse(), finnish).reason(MatchReasons.PLACE).orElseThrow();

		assertThat(place.children().getFirst().key()).isEqualTo(MatchReasons.PLACE_COUNTRY_NOT_CONSIDERED);
		assertThat(place.value()).isEqualTo(-this.weights.tooFarPenalty());
	}

	@Test
	void aSimilarSkillGivesPartialCreditAndAnUnrelatedOneNone() {
		JobPosting asks = ad("5", "Sykepleier", NARVIK).skill(PRESCRIBED_MEDICATION).build();

		MatchScore score = this.scorer.score(swedishNurse(), asks);

		MatchReason skills = score.reason(MatchReasons.SKILLS).orElseThrow();
		assertThat(skills.value()).isBetween(0.0, this.weights.skills());
		assertThat(skills.children().getFirst().key()).isIn(MatchReasons.SKILL_MISSING,
				MatchReasons.SKILL_PARTLY_COVERED);
	}

	@Test
	void aNiceToHaveSkillCountsForLessThanARequiredOne() {
		JobPosting required = ad("6", "Sykepleier", NARVIK).skill(EMERGENCY_MEDICATION)
			.skill(PRESCRIBED_MEDICATION)
			.build();
		JobPosting merit = ad("7", "Sykepleier", NARVIK).skill(PRESCRIBED_MEDICATION)
			.niceToHaveSkill(EMERGENCY_MEDICATION)
			.build();

		MatchReason asRequired = this.scorer.score(swedishNurse(), required).reason(MatchReasons.SKILLS).orElseThrow();
		MatchReason asMerit = this.scorer.score(swedishNurse(), merit).reason(MatchReasons.SKILLS).orElseThrow();

		double share = this.weights.niceToHaveSkillShare();
		assertThat(keys(this.scorer.score(swedishNurse(), merit))).contains(MatchReasons.SKILL_MERIT_COVERED);
		assertThat(asRequired.children().getFirst().value()).isEqualTo(this.weights.skills() / 2);
		assertThat(asMerit.children().getLast().value()).isCloseTo(this.weights.skills() * share / (1 + share),
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void everyReasonKeyIsAStableDottedName() {
		MatchScore score = this.scorer.score(swedishNurse(), norwegianNurseAd("1", NARVIK));

		assertThat(RandomizedMatching.flatten(score.reasons())).extracting(MatchReason::key)
			.allMatch((key) -> key.matches("match(\\.[a-z]+(-[a-z]+)*)+"));
	}

	static List<String> keys(MatchScore score) {
		return RandomizedMatching.flatten(score.reasons()).stream().map(MatchReason::key).toList();
	}

}
