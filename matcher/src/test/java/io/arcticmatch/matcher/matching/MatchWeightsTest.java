package io.arcticmatch.matcher.matching;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class MatchWeightsTest {

	@Test
	void theDefaultRewardsAddUpToTheHighestScore() {
		MatchWeights weights = MatchWeights.defaults();

		double rewards = weights.occupation() + weights.experience() + weights.skills() + weights.languages()
				+ weights.licences() + weights.distance() + weights.employmentType() + weights.remote()
				+ weights.salary() + weights.freshness() + weights.deadlineSoon();
		assertThat(rewards).isEqualTo(MatchScore.MAX);
	}

	@Test
	void aSettingOverridesItsDefaultAndLeavesTheOthers() {
		MatchWeights weights = bind(Map.of("arctic.matching.occupation", "30", "arctic.matching.too-far-penalty", "5"));

		assertThat(weights.occupation()).isEqualTo(30);
		assertThat(weights.tooFarPenalty()).isEqualTo(5);
		assertThat(weights.skills()).isEqualTo(MatchWeights.defaults().skills());
	}

	@Test
	void rewardsAboveTheHighestScoreAreRefused() {
		assertThatException().isThrownBy(() -> bind(Map.of("arctic.matching.skills", "40")))
			.withRootCauseInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void relocationWorthMoreThanAJobAtTheCommuteLimitIsRefused() {
		assertThatException().isThrownBy(() -> bind(Map.of("arctic.matching.relocation", "6")))
			.withRootCauseInstanceOf(IllegalArgumentException.class);
	}

	private static MatchWeights bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("arctic.matching",
				MatchWeights.class);
	}

}
