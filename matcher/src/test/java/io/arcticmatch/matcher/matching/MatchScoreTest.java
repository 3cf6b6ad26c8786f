package io.arcticmatch.matcher.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MatchScoreTest {

	@Test
	void aScoreIsTheSumOfItsReasons() {
		MatchScore score = MatchScore.of(List.of(MatchReason.leaf(30, MatchReasons.OCCUPATION),
				MatchReason.leaf(-5, MatchReasons.LICENCES), MatchReason.leaf(0, MatchReasons.SALARY)));

		assertThat(score.value()).isEqualTo(25);
	}

	@Test
	void aScoreBelowZeroIsLiftedByAFloorReasonThatKeepsTheSum() {
		MatchScore score = MatchScore
			.of(List.of(MatchReason.leaf(3, MatchReasons.OCCUPATION), MatchReason.leaf(-20, MatchReasons.LANGUAGES)));

		assertThat(score.value()).isZero();
		assertThat(score.unbounded()).isEqualTo(-17);
		assertThat(score.reason(MatchReasons.FLOOR)).hasValueSatisfying((floor) -> {
			assertThat(floor.value()).isEqualTo(17);
			assertThat(floor.arguments()).containsExactly(-17.0);
		});
	}

	@Test
	void amongScoresOfZeroTheLessNegativeRanksHigher() {
		MatchScore slightlyBad = MatchScore.of(List.of(MatchReason.leaf(-2, MatchReasons.REMOTE)));
		MatchScore veryBad = MatchScore.of(List.of(MatchReason.leaf(-40, MatchReasons.DEADLINE)));

		assertThat(slightlyBad).isGreaterThan(veryBad);
	}

	@Test
	void aScoreThatIsNotItsReasonsSumIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MatchScore(50, List.of(MatchReason.leaf(40, MatchReasons.OCCUPATION))));
	}

	@Test
	void aReasonThatIsNotItsChildrensSumIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MatchReason(5, MatchReasons.SKILLS, List.of(),
				List.of(MatchReason.leaf(4, MatchReasons.SKILL_COVERED, "skill"))));
	}

	@Test
	void aReasonArgumentTheWebCannotFormatIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchReason.leaf(1, MatchReasons.PLACE_WITHIN_COMMUTE, Double.NaN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchReason.leaf(1, MatchReasons.PLACE_WITHIN_COMMUTE, new Object()));
	}

}
