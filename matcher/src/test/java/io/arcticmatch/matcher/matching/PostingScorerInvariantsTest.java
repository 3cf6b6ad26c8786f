package io.arcticmatch.matcher.matching;

import java.util.ArrayList;

import java.util.List;
import java.util.Random;
import java.util.Set;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties every score must have, checked on random profiles and postings of real
 * concepts. The seed is printed; {@code -Dtests.seed=<hex>} repeats a run.
 */
class PostingScorerInvariantsTest {

	private static final int ROUNDS = 400;

	private static long seed;

	private final PostingScorer scorer = new PostingScorer(RandomizedMatching.CONCEPTS, MatchWeights.defaults(),
			CurrencyRates.nordic(), RandomizedMatching.NOW);

	@BeforeAll
	static void drawSeed() {
		seed = RandomizedMatching.seed(PostingScorerInvariantsTest.class);
	}

	private static RandomizedMatching random(TestInfo test) {
		// each test its own stream, so that one test's draws do not shift another's
		return new RandomizedMatching(new Random(seed ^ test.getDisplayName().hashCode()));
	}

	@Test
	void theScoreWithoutReasonsIsTheExplainedScoreToTheLastBit(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS * 5; round++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = random.profileFor(random.chance(0.7) ? posting : random.posting());
			PostingScorer.Seeker seeker = this.scorer.prepare(profile);

			MatchScore score = this.scorer.score(profile, posting);
			double unbounded = this.scorer.unboundedScore(seeker, posting);

			String context = "seed %x round %d%n%s".formatted(seed, round, score.toTree());
			assertThat(this.scorer.score(seeker, posting)).as(context).isEqualTo(score);
			assertThat(unbounded).as(context).isEqualTo(score.unbounded());
			assertThat(Math.max(MatchScore.MIN, unbounded)).as(context).isEqualTo(score.value());
		}
	}

	@Test
	void theBoundsAreNeverBelowTheScore(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS * 5; round++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = random.profileFor(random.chance(0.7) ? posting : random.posting());
			PostingScorer.Seeker seeker = this.scorer.prepare(profile);
			PostingScorer.Bound bound = this.scorer.boundFor(posting);

			MatchScore score = this.scorer.score(profile, posting);

			String context = "seed %x round %d%n%s".formatted(seed, round, score.toTree());
			assertThat(this.scorer.unboundedBound(seeker, posting)).as(context)
				.isGreaterThanOrEqualTo(score.unbounded() - 1e-9);
			assertThat(bound.of(seeker)).as(context).isGreaterThanOrEqualTo(score.value() - 1e-9);
			if (sharesNoOccupationGroup(seeker, posting)) {
				assertThat(bound.withoutOccupation()).as(context).isGreaterThanOrEqualTo(bound.of(seeker) - 1e-9);
			}
		}
	}

	@Test
	void theTightBoundsAreNeverBelowTheScore(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS * 5; round++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = withRelatedSkills(random,
					random.profileFor(random.chance(0.7) ? posting : random.posting()), posting);
			PostingScorer.Seeker seeker = this.scorer.prepare(profile);
			PostingScorer.Bound bound = this.scorer.tightBoundFor(posting);

			MatchScore score = this.scorer.score(profile, posting);

			String context = "seed %x round %d%n%s".formatted(seed, round, score.toTree());
			assertThat(bound.of(seeker)).as(context).isGreaterThanOrEqualTo(score.value() - 1e-9);
			assertThat(bound.of(profile)).as(context).isGreaterThanOrEqualTo(score.value() - 1e-9);
			// the bound the matcher uses for a seeker who holds no skill that gives
			// credit
			Set<String> credited = bound.creditedSkillIds();
			assertThat(credited).as(context).isNotNull();
			boolean holdsNone = seeker.skillKeys().stream().noneMatch(credited::contains);
			if (holdsNone) {
				assertThat(bound.withSkills(seeker, 0)).as(context).isGreaterThanOrEqualTo(score.value() - 1e-9);
			}
			for (int digits = sharedDigits(seeker, posting); digits <= 4; digits++) {
				assertThat(bound.sharingAtMost(digits)).as(context + " sharing at most " + digits)
					.isGreaterThanOrEqualTo(bound.of(seeker) - 1e-9);
			}
			if (sharesNoOccupationGroup(seeker, posting)) {
				assertThat(bound.withoutOccupation()).as(context).isGreaterThanOrEqualTo(bound.of(seeker) - 1e-9);
				if (holdsNone) {
					assertThat(bound.withoutOccupationOrSkills()).as(context)
						.isGreaterThanOrEqualTo(bound.of(seeker) - 1e-9);
				}
			}
		}
	}

	@Test
	void theTightSkillsBoundIsTheSkillsPartOfTheScore(TestInfo test) {
		// the skills part is where the tight bound differs most from the loose one: it
		// must follow every relation scoring compares skills through, and no more
		RandomizedMatching random = random(test);
		int partlyCovered = 0;
		for (int round = 0; round < ROUNDS * 5; round++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = withRelatedSkills(random, random.profileFor(posting), posting);
			PostingScorer.Seeker seeker = this.scorer.prepare(profile);
			PostingScorer.Bound bound = this.scorer.tightBoundFor(posting);

			MatchScore score = this.scorer.score(profile, posting);
			MatchReason skills = score.reasons()
				.stream()
				.filter((reason) -> reason.key().equals(MatchReasons.SKILLS))
				.findFirst()
				.orElseThrow();

			String context = "seed %x round %d%n%s".formatted(seed, round, score.toTree());
			assertThat(bound.skills(seeker)).as(context).isCloseTo(skills.value(), within());
			if (RandomizedMatching.flatten(List.of(skills))
				.stream()
				.anyMatch((reason) -> reason.key().equals(MatchReasons.SKILL_PARTLY_COVERED)
						|| reason.key().equals(MatchReasons.SKILL_MERIT_PARTLY_COVERED))) {
				partlyCovered++;
			}
		}
		// the rounds exercised credit through linked concepts
		assertThat(partlyCovered).as("seed %x", seed).isGreaterThan(ROUNDS / 10);
	}

	/**
	 * The profile with, at random, skills the posting asks for (required or nice to
	 * have), linked to them, or the same concept under a padded id, so that every way a
	 * skill can give credit is taken.
	 */
	static SeekerProfile withRelatedSkills(RandomizedMatching random, SeekerProfile profile, JobPosting posting) {
		SeekerProfile.Builder builder = profile.toBuilder();
		List<String> asked = new ArrayList<>(posting.skills());
		asked.addAll(posting.niceToHaveSkills());
		for (String skill : asked) {
			if (random.chance(0.3)) {
				RandomizedMatching.CONCEPTS.skills()
					.byId(skill)
					.map((concept) -> RandomizedMatching.CONCEPTS.skills().links(concept))
					.filter((links) -> !links.isEmpty())
					.ifPresent((links) -> builder.skill(random.pick(links).concept().id()));
			}
			if (random.chance(0.15)) {
				builder.skill(" " + skill + " ");
			}
			if (random.chance(0.15)) {
				builder.skill(skill);
			}
		}
		return builder.build();
	}

	/**
	 * @return how many leading ISCO digits the seeker's occupations share with the
	 * posting's at most; 5 for its very concept, 0 when it names none
	 */
	private static int sharedDigits(PostingScorer.Seeker seeker, JobPosting posting) {
		if (posting.occupation() == null) {
			return 0;
		}
		String wanted = posting.occupation().iscoCode();
		if (seeker.profile()
			.occupations()
			.stream()
			.anyMatch((occupation) -> occupation.conceptId().equals(posting.occupation().conceptId()))) {
			return 5;
		}
		int most = 0;
		for (String code : seeker.iscoCodes()) {
			int shared = 0;
			while (shared < Math.min(code.length(), wanted.length()) && code.charAt(shared) == wanted.charAt(shared)) {
				shared++;
			}
			most = Math.max(most, shared);
		}
		return most;
	}

	private static boolean sharesNoOccupationGroup(PostingScorer.Seeker seeker, JobPosting posting) {
		if (posting.occupation() == null) {
			return true;
		}
		String wanted = posting.occupation().iscoCode();
		boolean sameConcept = seeker.profile()
			.occupations()
			.stream()
			.anyMatch((occupation) -> occupation.conceptId().equals(posting.occupation().conceptId()));
		boolean sameGroup = wanted.length() >= 2
				&& seeker.iscoCodes().stream().anyMatch((code) -> code.startsWith(wanted.substring(0, 2)));
		return !sameConcept && !sameGroup;
	}

	@Test
	void theScoreIsFiniteInRangeAndEqualsItsExplanation(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS; round++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = random.profileFor(posting);

			MatchScore score = this.scorer.score(profile, posting);

			String context = "seed %x round %d%n%s".formatted(seed, round, score.toTree());
			assertThat(score.value()).as(context).isFinite().isBetween(MatchScore.MIN, MatchScore.MAX);
			assertThat(MatchReason.sum(score.reasons())).as(context).isCloseTo(score.value(), within());
			for (MatchReason reason : RandomizedMatching.flatten(score.reasons())) {
				if (!reason.children().isEmpty()) {
					assertThat(MatchReason.sum(reason.children())).as(context).isCloseTo(reason.value(), within());
				}
			}
		}
	}

	@Test
	void whatIsNotStatedIsWorthNothing(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS; round++) {
			JobPosting posting = random.posting();
			MatchScore score = this.scorer.score(random.profileFor(posting), posting);

			for (MatchReason reason : RandomizedMatching.flatten(score.reasons())) {
				if (reason.key().endsWith(".not-stated") || reason.key().endsWith(".no-preference")
						|| reason.key().endsWith(".no-wish") || reason.key().endsWith(".distance-unknown")) {
					assertThat(reason.value()).as("seed %x round %d%n%s", seed, round, score.toTree()).isZero();
				}
			}
		}
	}

	@Test
	void addingASkillTheAdAsksForNeverLowersTheScore(TestInfo test) {
		RandomizedMatching random = random(test);
		int checked = 0;
		for (int round = 0; round < ROUNDS; round++) {
			JobPosting posting = random.posting();
			List<String> askedFor = new ArrayList<>(posting.skills());
			askedFor.addAll(posting.niceToHaveSkills());
			if (askedFor.isEmpty()) {
				continue;
			}
			SeekerProfile profile = random.profileFor(posting);
			String asked = random.pick(askedFor);
			SeekerProfile moreSkilled = profile.toBuilder().skill(asked).build();

			MatchScore before = this.scorer.score(profile, posting);
			MatchScore after = this.scorer.score(moreSkilled, posting);

			assertThat(after.value())
				.as("seed %x round %d adding %s%nbefore %s%nafter %s", seed, round, asked, before.toTree(),
						after.toTree())
				.isGreaterThanOrEqualTo(before.value());
			checked++;
		}
		assertThat(checked).isPositive();
	}

	@Test
	void movingHomeFartherNeverRaisesTheScore(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS; round++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = random.profileFor(posting);
			GeoPoint workplace = (posting.place().coordinates() != null) ? posting.place().coordinates()
					: random.northernPoint();
			GeoPoint one = random.chance(0.5) ? random.near(workplace) : random.northernPoint();
			GeoPoint other = random.northernPoint();
			GeoPoint near = (one.distanceKm(workplace) <= other.distanceKm(workplace)) ? one : other;
			GeoPoint far = (near == one) ? other : one;

			MatchScore nearer = this.scorer.score(profile.toBuilder().home(new Home(near, "Near")).build(), posting);
			MatchScore farther = this.scorer.score(profile.toBuilder().home(new Home(far, "Far")).build(), posting);

			assertThat(farther.value())
				.as("seed %x round %d%nnear %s%nfar %s", seed, round, nearer.toTree(), farther.toTree())
				.isLessThanOrEqualTo(nearer.value());
		}
	}

	@Test
	void aMissingRequiredLanguageLowersTheScore(TestInfo test) {
		RandomizedMatching random = random(test);
		for (int round = 0; round < ROUNDS; round++) {
			JobPosting drawn = random.posting();
			String language = random.pick(List.of("nb", "sv", "fi", "en"));
			JobPosting posting = drawn.toBuilder().language(new LanguageRequirement(language, true)).build();
			SeekerProfile drawnProfile = random.profileFor(posting);
			SeekerProfile.Builder without = SeekerProfile.builder();
			drawnProfile.occupations().forEach((o) -> without.occupation(o.conceptId(), o.years()));
			drawnProfile.skills().forEach(without::skill);
			// bokmål and nynorsk count as one language, so a seeker lacking one lacks
			// both
			Set<String> sameLanguage = language.equals("nb") ? Set.of("nb", "nn") : Set.of(language);
			drawnProfile.languages()
				.stream()
				.filter((spoken) -> !sameLanguage.contains(spoken.languageCode()))
				.forEach(without::language);
			drawnProfile.drivingLicences().forEach(without::drivingLicence);
			drawnProfile.mobility().forEach(without::mobility);
			without.home(drawnProfile.home()).salaryWish(drawnProfile.salaryWish());
			SeekerProfile lacking = without.build();
			SeekerProfile speaking = lacking.toBuilder().language(new LanguageSkill(language, CefrLevel.C1)).build();

			MatchScore withLanguage = this.scorer.score(speaking, posting);
			MatchScore withoutLanguage = this.scorer.score(lacking, posting);

			String context = "seed %x round %d%nwith %s%nwithout %s".formatted(seed, round, withLanguage.toTree(),
					withoutLanguage.toTree());
			if (withLanguage.value() > MatchScore.MIN) {
				assertThat(withoutLanguage.value()).as(context).isLessThan(withLanguage.value());
			}
			else {
				assertThat(withoutLanguage.value()).as(context).isEqualTo(MatchScore.MIN);
			}
		}
	}

	private static Offset<Double> within() {
		return Offset.offset(1e-6);
	}

}
