package io.arcticmatch.matcher.matching.evaluation;

import io.arcticmatch.matcher.concepts.TestConcepts;
import io.arcticmatch.matcher.matching.evaluation.MatchingEvaluation.ProfileFigures;
import io.arcticmatch.matcher.matching.evaluation.MatchingEvaluation.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher against plain text search on the judged set (docs/evaluation.md).
 */
class MatchingEvaluationTest {

	private static Report report;

	@BeforeAll
	static void evaluate() {
		report = MatchingEvaluation.run(TestConcepts.get());
		System.out.print(report.table());
	}

	@Test
	void theSetIsTheDocumentedOne() {
		assertThat(report.postings()).isBetween(150, 300);
		assertThat(report.profiles()).isBetween(12, 20);
		assertThat(report.count("cross-lingual")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theMatcherRanksBetterThanTextSearchOverall() {
		assertThat(report.mean("all", ProfileFigures::matcherNdcg)).as(report.table())
			.isGreaterThan(report.mean("all", ProfileFigures::baselineNdcg));
	}

	@Test
	void theMatcherRanksBetterThanTextSearchForSwedishAndFinnishSeekersOnNorwegianAds() {
		assertThat(report.mean("cross-lingual", ProfileFigures::matcherNdcg)).as(report.table())
			.isGreaterThan(report.mean("cross-lingual", ProfileFigures::baselineNdcg));
	}

}
