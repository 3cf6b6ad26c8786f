package io.arcticmatch.matcher.matching;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MatchingConfiguration.class))
		.withBean(Concepts.class, () -> RandomizedMatching.CONCEPTS)
		.withBean(CurrencyRates.class, CurrencyRates::nordic)
		.withBean(PostingIndex.class, () -> new LucenePostingIndex(new ByteBuffersDirectory(), RandomizedMatching.NOW,
				new QueryInterpreter(RandomizedMatching.CONCEPTS), CurrencyRates.nordic()));

	@Test
	void theMatcherIsReadyWithTheDefaultWeights() {
		this.context.run((context) -> {
			assertThat(context).hasSingleBean(PostingMatcher.class).hasSingleBean(PostingScorer.class);
			assertThat(context.getBean(MatchWeights.class)).isEqualTo(MatchWeights.defaults());
		});
	}

	@Test
	void aWeightIsSetByItsProperty() {
		this.context.withPropertyValues("arctic.matching.skills=20", "arctic.matching.assumed-language-level=B2")
			.run((context) -> {
				MatchWeights weights = context.getBean(MatchWeights.class);
				assertThat(weights.skills()).isEqualTo(20);
				assertThat(weights.assumedLanguageLevel().name()).isEqualTo("B2");
			});
	}

	@Test
	void weightsThatBreakTheScoreRangeStopTheStart() {
		this.context.withPropertyValues("arctic.matching.occupation=60")
			.run((context) -> assertThat(context).hasFailed());
	}

}
