package io.arcticmatch.matcher.matching;

import java.util.Random;

import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching scores candidates read {@link JobPosting#shortened() shortened} and shows them
 * whole: both must score and explain alike, and have the same bounds.
 */
class ShortenedPostingScoringTest {

	private final PostingScorer scorer = new PostingScorer(RandomizedMatching.CONCEPTS, MatchWeights.defaults(),
			CurrencyRates.nordic(), RandomizedMatching.NOW);

	@Test
	void aShortenedPostingScoresAndIsBoundedExactlyAsTheWholeOne() {
		long seed = RandomizedMatching.seed(ShortenedPostingScoringTest.class);
		RandomizedMatching random = new RandomizedMatching(new Random(seed));
		for (int round = 0; round < 2_000; round++) {
			JobPosting whole = random.posting();
			SeekerProfile profile = random.chance(0.5) ? random.profileFor(whole) : random.profileFor(random.posting());
			PostingScorer.Seeker seeker = this.scorer.prepare(profile);
			JobPosting shortened = whole.shortened();

			assertThat(shortened.description()).isEmpty();
			assertThat(this.scorer.score(seeker, shortened)).as("seed %x, round %d", seed, round)
				.isEqualTo(this.scorer.score(seeker, whole));
			assertThat(this.scorer.unboundedScore(seeker, shortened)).as("seed %x, round %d", seed, round)
				.isEqualTo(this.scorer.unboundedScore(seeker, whole));
			assertThat(this.scorer.unboundedBound(seeker, shortened)).as("seed %x, round %d", seed, round)
				.isEqualTo(this.scorer.unboundedBound(seeker, whole));
			assertThat(this.scorer.boundFor(shortened).of(seeker)).as("seed %x, round %d", seed, round)
				.isEqualTo(this.scorer.boundFor(whole).of(seeker));
		}
	}

}
