package io.arcticmatch.matcher.matching;

import java.time.Clock;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.PostingIndexConfiguration;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Provides the {@link PostingScorer}, the {@link PostingMatcher} and the
 * {@link CandidateMatcher}, weighted by the {@code arctic.matching.*} settings of
 * {@link MatchWeights}.
 */
@AutoConfiguration(after = PostingIndexConfiguration.class)
@EnableConfigurationProperties(MatchWeights.class)
public class MatchingConfiguration {

	@Bean
	PostingScorer postingScorer(Concepts concepts, MatchWeights weights, CurrencyRates rates,
			ObjectProvider<Clock> clock) {
		return new PostingScorer(concepts, weights, rates, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PostingMatcher postingMatcher(PostingIndex index, PostingScorer scorer, Concepts concepts, MatchWeights weights) {
		return new PostingMatcher(index, scorer, concepts, weights);
	}

	@Bean
	CandidateMatcher candidateMatcher(PostingScorer scorer) {
		return new CandidateMatcher(scorer);
	}

}
