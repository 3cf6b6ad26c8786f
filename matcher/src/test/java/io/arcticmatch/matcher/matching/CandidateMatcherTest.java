package io.arcticmatch.matcher.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.CandidateMatcher.Candidate;
import io.arcticmatch.matcher.matching.CandidateMatcher.CandidateMatch;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.matcher.matching.PostingScorerTest.NARVIK;
import static io.arcticmatch.matcher.matching.PostingScorerTest.OSLO;
import static io.arcticmatch.matcher.matching.PostingScorerTest.norwegianNurseAd;
import static io.arcticmatch.matcher.matching.PostingScorerTest.swedishNurse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reverse matching: an employer's opening against the seekers the caller passes.
 */
class CandidateMatcherTest {

	private final PostingScorer scorer = new PostingScorer(RandomizedMatching.CONCEPTS, MatchWeights.defaults(),
			CurrencyRates.nordic(), RandomizedMatching.NOW);

	private final CandidateMatcher matcher = new CandidateMatcher(this.scorer);

	private final JobPosting narvikNurse = norwegianNurseAd("narvik-nurse", NARVIK);

	/** The Swedish nurse of the scorer examples without Norwegian. */
	private static SeekerProfile nurseWithoutNorwegian() {
		SeekerProfile nurse = swedishNurse();
		SeekerProfile.Builder builder = SeekerProfile.builder();
		nurse.occupations().forEach((occupation) -> builder.occupation(occupation.conceptId(), occupation.years()));
		nurse.skills().forEach(builder::skill);
		nurse.drivingLicences().forEach(builder::drivingLicence);
		nurse.mobility().forEach(builder::mobility);
		nurse.employmentTypes().forEach(builder::employmentType);
		return builder.language(new LanguageSkill("sv", CefrLevel.NATIVE))
			.home(nurse.home())
			.education(nurse.education())
			.build();
	}

	/** A carpenter in Oslo, far from the Narvik nurse ad in every respect. */
	private static SeekerProfile osloCarpenter() {
		return SeekerProfile.builder()
			.occupation("isco08:7115", 10)
			.language(new LanguageSkill("nb", CefrLevel.NATIVE))
			.home(new Home(OSLO.location(), "Oslo"))
			.mobility(Country.NO, Mobility.commute(50))
			.build();
	}

	@Test
	void candidatesRankBestFirst() {
		List<CandidateMatch> ranked = this.matcher.topCandidates(this.narvikNurse,
				List.of(new Candidate("carpenter", osloCarpenter()), new Candidate("nurse", swedishNurse()),
						new Candidate("nurse-no-norwegian", nurseWithoutNorwegian())),
				10);

		assertThat(ranked).extracting(CandidateMatch::candidateId)
			.containsExactly("nurse", "nurse-no-norwegian", "carpenter");
		assertThat(ranked).extracting(CandidateMatch::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void noMoreCandidatesThanAskedForAndTheBestAreKept() {
		List<CandidateMatch> ranked = this.matcher.topCandidates(this.narvikNurse,
				List.of(new Candidate("carpenter", osloCarpenter()), new Candidate("nurse", swedishNurse()),
						new Candidate("nurse-no-norwegian", nurseWithoutNorwegian())),
				2);

		assertThat(ranked).extracting(CandidateMatch::candidateId).containsExactly("nurse", "nurse-no-norwegian");
	}

	@Test
	void equalScoresRankByCandidateId() {
		List<Candidate> twins = List.of(new Candidate("c", swedishNurse()), new Candidate("a", swedishNurse()),
				new Candidate("d", osloCarpenter()), new Candidate("b", swedishNurse()));

		assertThat(this.matcher.topCandidates(this.narvikNurse, twins, 3)).extracting(CandidateMatch::candidateId)
			.containsExactly("a", "b", "c");
		assertThat(this.matcher.topCandidates(this.narvikNurse, twins, 2)).extracting(CandidateMatch::candidateId)
			.containsExactly("a", "b");
	}

	@Test
	void onlyTheGivenCandidatesAreConsidered() {
		assertThat(this.matcher.topCandidates(this.narvikNurse, List.of(), 5)).isEmpty();
		assertThat(
				this.matcher.topCandidates(this.narvikNurse, List.of(new Candidate("carpenter", osloCarpenter())), 5))
			.extracting(CandidateMatch::candidateId)
			.containsExactly("carpenter");
	}

	@Test
	void theEmployerSeesTheExplanationTheSeekerSees() {
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		for (int round = 0; round < 50; round++) {
			JobPosting opening = random.posting();
			List<Candidate> candidates = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				candidates.add(new Candidate("seeker-" + i, random.profileFor(opening)));
			}
			for (CandidateMatch match : this.matcher.topCandidates(opening, candidates, 8)) {
				SeekerProfile profile = candidates.stream()
					.filter((candidate) -> candidate.id().equals(match.candidateId()))
					.findFirst()
					.orElseThrow()
					.profile();
				assertThat(match.score()).as("seed %x", seed).isEqualTo(this.scorer.score(profile, opening));
			}
		}
	}

	@Test
	void theTopListIsExactlyWhatScoringEveryCandidateGives() {
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random sizes = new Random(seed);
		for (int round = 0; round < 3; round++) {
			JobPosting opening = random.posting();
			// above the size at which the matcher splits the work, with near and far
			// profiles and many equal scores
			List<Candidate> candidates = new ArrayList<>();
			for (int i = 0; i < 5_000; i++) {
				SeekerProfile profile = random.profileFor(random.chance(0.3) ? opening : random.posting());
				candidates.add(new Candidate("seeker-%05d".formatted(sizes.nextInt(100_000)) + "-" + i, profile));
			}
			int limit = 1 + sizes.nextInt(60);

			List<CandidateMatch> bruteForce = candidates.stream()
				.map((candidate) -> new CandidateMatch(candidate.id(), this.scorer.score(candidate.profile(), opening)))
				.sorted(Comparator.comparingDouble((CandidateMatch match) -> -match.score().value())
					.thenComparing(CandidateMatch::candidateId))
				.limit(limit)
				.toList();

			assertThat(this.matcher.topCandidates(opening, candidates, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(bruteForce);
		}
	}

	@Test
	void aPoolServesManyOpeningsExactlyAsScoringEveryCandidate() {
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random sizes = new Random(seed);
		List<JobPosting> openings = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			openings.add(random.posting());
		}
		// many candidates near each opening, in its group, so that the top lists fill
		// from the opening's group and everyone else is skipped; a few near none
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 6_000; i++) {
			SeekerProfile profile = random.profileFor(random.chance(0.8) ? random.pick(openings) : random.posting());
			candidates.add(new Candidate("seeker-%05d".formatted(sizes.nextInt(100_000)) + "-" + i, profile));
		}
		CandidateMatcher.Pool pool = this.matcher.pool(candidates);
		for (int round = 0; round < 12; round++) {
			JobPosting opening = random.chance(0.75) ? openings.get(round % openings.size()) : random.posting();
			int limit = 1 + sizes.nextInt(60);

			assertThat(this.matcher.topCandidates(opening, pool, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(everyoneScored(opening, candidates, limit));
		}
	}

	@Test
	void aPoolServesOpeningsWithoutOccupationBySkillsExactlyAsScoringEveryCandidate() {
		// openings that name no occupation (or one no candidate shares) rank everyone by
		// skills, place and the rest: the pool looks first at those who hold a skill that
		// gives credit, then at the others only if they can still make the list
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random sizes = new Random(seed);
		List<JobPosting> openings = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			JobPosting opening = random.posting();
			openings.add(random.chance(0.75) ? opening.toBuilder().occupation(null).build() : opening);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 6_000; i++) {
			JobPosting near = random.chance(0.8) ? random.pick(openings) : random.posting();
			SeekerProfile profile = PostingScorerInvariantsTest.withRelatedSkills(random, random.profileFor(near),
					near);
			candidates.add(new Candidate("seeker-%05d".formatted(sizes.nextInt(100_000)) + "-" + i, profile));
		}
		CandidateMatcher.Pool pool = this.matcher.pool(candidates);
		for (int round = 0; round < 12; round++) {
			JobPosting opening = random.chance(0.75) ? openings.get(round % openings.size())
					: random.posting().toBuilder().occupation(null).build();
			int limit = 1 + sizes.nextInt(100);

			assertThat(this.matcher.topCandidates(opening, pool, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(everyoneScored(opening, candidates, limit));
		}
	}

	@Test
	void aPoolRanksCandidatesTiedAtTheLeastScoreByIdAsScoringEveryCandidate() {
		// a passed deadline costs more than most candidates earn: few score above 0,
		// the rest tie at 0 and the list is filled by id; whom the bound puts below 0
		// is known to score 0 without scoring
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random sizes = new Random(seed);
		List<JobPosting> openings = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			openings.add(random.posting()
				.toBuilder()
				.applicationDeadline(RandomizedMatching.NOW.instant().minus(Duration.ofDays(2)))
				.build());
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			JobPosting near = random.chance(0.5) ? random.pick(openings) : random.posting();
			candidates
				.add(new Candidate("seeker-%05d".formatted(sizes.nextInt(100_000)) + "-" + i, random.profileFor(near)));
		}
		CandidateMatcher.Pool pool = this.matcher.pool(candidates);
		for (int round = 0; round < 9; round++) {
			JobPosting opening = openings.get(round % openings.size());
			int limit = 1 + sizes.nextInt(round < 3 ? 60 : 4_000);
			List<CandidateMatch> expected = everyoneScored(opening, candidates, limit);

			assertThat(this.matcher.topCandidates(opening, pool, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(expected);
			assertThat(this.matcher.topCandidates(opening, candidates, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(expected);
		}
	}

	@Test
	void aPoolLooksAtWiderOccupationGroupsOnlyWhenTheyCanStillMakeTheList() {
		// openings that state little but the occupation: the occupation part decides,
		// and those sharing three or two ISCO digits fill the list when few share the
		// concept or unit group
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random sizes = new Random(seed);
		List<JobPosting> openings = new ArrayList<>();
		while (openings.size() < 4) {
			JobPosting drawn = random.posting();
			if (drawn.occupation() != null) {
				openings.add(JobPosting.builder(drawn.id(), drawn.title(), drawn.place(), drawn.published())
					.occupation(drawn.occupation())
					.build());
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 6_000; i++) {
			JobPosting near = random.chance(0.8) ? random.pick(openings) : random.posting();
			candidates
				.add(new Candidate("seeker-%05d".formatted(sizes.nextInt(100_000)) + "-" + i, random.profileFor(near)));
		}
		CandidateMatcher.Pool pool = this.matcher.pool(candidates);
		for (int round = 0; round < 12; round++) {
			JobPosting opening = openings.get(round % openings.size());
			int limit = 1 + sizes.nextInt(round < 4 ? 60 : 1_500);

			assertThat(this.matcher.topCandidates(opening, pool, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(everyoneScored(opening, candidates, limit));
		}
	}

	private List<CandidateMatch> everyoneScored(JobPosting opening, List<Candidate> candidates, int limit) {
		return candidates.stream()
			.map((candidate) -> new CandidateMatch(candidate.id(), this.scorer.score(candidate.profile(), opening)))
			.sorted(Comparator.comparingDouble((CandidateMatch match) -> -match.score().value())
				.thenComparing(CandidateMatch::candidateId))
			.limit(limit)
			.toList();
	}

	@Test
	void theCheapBoundIsNeverBelowTheScore() {
		long seed = RandomizedMatching.seed(CandidateMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		for (int i = 0; i < 2_000; i++) {
			JobPosting posting = random.posting();
			SeekerProfile profile = random.profileFor(random.chance(0.5) ? posting : random.posting());
			MatchScore score = this.scorer.score(profile, posting);
			assertThat(this.scorer.upperBound(profile, posting)).as("seed %x: %s", seed, score.toTree())
				.isGreaterThanOrEqualTo(score.value() - 1e-9);
		}
	}

	@Test
	void askingForNoCandidatesIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.matcher.topCandidates(this.narvikNurse, List.of(), 0));
	}

}
