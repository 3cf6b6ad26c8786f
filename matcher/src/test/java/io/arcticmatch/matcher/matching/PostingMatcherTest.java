package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingStatus;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.matcher.matching.PostingScorerTest.GENERAL_NURSE;
import static io.arcticmatch.matcher.matching.PostingScorerTest.KIRUNA;
import static io.arcticmatch.matcher.matching.PostingScorerTest.NARVIK;
import static io.arcticmatch.matcher.matching.PostingScorerTest.OSLO;
import static io.arcticmatch.matcher.matching.PostingScorerTest.ad;
import static io.arcticmatch.matcher.matching.PostingScorerTest.norwegianNurseAd;
import static io.arcticmatch.matcher.matching.PostingScorerTest.swedishNurse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval and re-ranking on a real (in-memory) Lucene posting index.
 */
class PostingMatcherTest {

	private static final QueryInterpreter INTERPRETER = new QueryInterpreter(RandomizedMatching.CONCEPTS);

	private LucenePostingIndex index;

	private PostingScorer scorer;

	private PostingMatcher matcher;

	@BeforeEach
	void indexAFewPostings() {
		this.index = new LucenePostingIndex(new ByteBuffersDirectory(), RandomizedMatching.NOW, INTERPRETER,
				CurrencyRates.nordic());
		MatchWeights weights = MatchWeights.defaults();
		this.scorer = new PostingScorer(RandomizedMatching.CONCEPTS, weights, CurrencyRates.nordic(),
				RandomizedMatching.NOW);
		this.matcher = new PostingMatcher(this.index, this.scorer, RandomizedMatching.CONCEPTS, weights);
		Municipality gallivare = PostingScorerTest.municipality(Country.SE, "2523");
		Municipality tornio = PostingScorerTest.municipality(Country.FI, "851");
		this.index.save(List.of(norwegianNurseAd("narvik-nurse", NARVIK), norwegianNurseAd("oslo-nurse", OSLO),
				ad("kiruna-nurse", "Sjuksköterska", KIRUNA).language("sv")
					.occupation(new PostingOccupation(GENERAL_NURSE, null, "2221", 1))
					.language(new LanguageRequirement("sv", true))
					.skill(PostingScorerTest.EMERGENCY_MEDICATION)
					.employmentType(EmploymentType.PERMANENT)
					.build(),
				ad("kiruna-carpenter", "Snickare", KIRUNA).language("sv")
					.occupation(new PostingOccupation("isco08:7115", null, "7115", 1))
					.build(),
				ad("gallivare-unmapped", "Vikarie", gallivare).language("sv").build(),
				norwegianNurseAd("tornio-nurse", tornio),
				norwegianNurseAd("closed-nurse", NARVIK).toBuilder().status(PostingStatus.INACTIVE).build()));
	}

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Test
	void theSameNurseAdRanksByDistanceFromHome() {
		List<PostingMatch> matches = this.matcher.topMatches(swedishNurse(), 10);

		assertThat(ids(matches)).startsWith("kiruna-nurse", "narvik-nurse");
		assertThat(ids(matches).indexOf("oslo-nurse")).isGreaterThan(1);
		assertThat(matches).allSatisfy((match) -> assertThat(match.score().reasons()).isNotEmpty());
		assertThat(matches).extracting(PostingMatch::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void postingsNearHomeAreCandidatesEvenWithoutTheSeekersOccupation() {
		List<String> found = ids(this.matcher.topMatches(swedishNurse(), 10));

		assertThat(found).contains("kiruna-carpenter", "gallivare-unmapped");
		assertThat(found.indexOf("kiruna-carpenter")).isGreaterThan(found.indexOf("narvik-nurse"));
	}

	@Test
	void countriesTheSeekerDoesNotConsiderAndClosedPostingsAreNotCandidates() {
		assertThat(ids(this.matcher.topMatches(swedishNurse(), 10))).doesNotContain("tornio-nurse", "closed-nurse");
	}

	@Test
	void noMoreMatchesThanAskedFor() {
		assertThat(this.matcher.topMatches(swedishNurse(), 2)).hasSize(2);
	}

	@Test
	void theTopListIsExactlyWhatScoringEveryRetrievedCandidateGives() {
		long seed = RandomizedMatching.seed(PostingMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random limits = new Random(seed);
		List<JobPosting> postings = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			postings.add(random.posting());
		}
		this.index.save(postings);
		for (int round = 0; round < 40; round++) {
			SeekerProfile profile = random.profileFor(random.pick(postings));
			int limit = 1 + limits.nextInt(40);

			List<JobPosting> candidates = this.matcher.candidates(profile);
			List<PostingMatch> everyScored = candidates.stream()
				.map((posting) -> new PostingMatch(posting, this.scorer.score(profile, posting)))
				.sorted(Comparator.comparing(PostingMatch::score)
					.reversed()
					.thenComparing((match) -> match.posting().id().toString()))
				.limit(limit)
				.toList();

			assertThat(this.matcher.topMatches(profile, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(everyScored);
		}
	}

	@Test
	void rankingManyEqualScoresKeepsTheOrderOfScoringEveryCandidate() {
		long seed = RandomizedMatching.seed(PostingMatcherTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		Random limits = new Random(seed);
		for (int round = 0; round < 40; round++) {
			JobPosting target = random.posting();
			SeekerProfile profile = random.profileFor(target);
			// copies of a few postings under other ids score the same, and far ones all
			// score 0: ties by the score before the lift and by id decide
			List<JobPosting> candidates = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				JobPosting posting = random.chance(0.3) ? target : random.posting();
				candidates.add(withId(posting, new PostingId("test", "c%03d-%d".formatted(limits.nextInt(1000), i))));
			}
			int limit = 1 + limits.nextInt(60);

			List<PostingMatch> everyScored = candidates.stream()
				.map((posting) -> new PostingMatch(posting, this.scorer.score(profile, posting)))
				.sorted(Comparator.comparing(PostingMatch::score)
					.reversed()
					.thenComparing((match) -> match.posting().id().toString()))
				.limit(limit)
				.toList();

			assertThat(this.matcher.rank(profile, candidates, limit)).as("seed %x, round %d", seed, round)
				.isEqualTo(everyScored);
		}
	}

	private static JobPosting withId(JobPosting p, PostingId id) {
		return new JobPosting(id, p.title(), p.employer(), p.description(), p.language(), p.occupation(), p.place(),
				p.skills(), p.niceToHaveSkills(), p.languages(), p.drivingLicences(), p.employmentType(),
				p.workingTime(), p.remote(), p.salary(), p.published(), p.applicationDeadline(), p.sourceUrl(),
				p.applyUrl(), p.status(), p.guesses());
	}

	private static List<String> ids(List<PostingMatch> matches) {
		return matches.stream().map((match) -> match.posting().id().sourceId()).toList();
	}

}
