package io.arcticmatch.matcher.matching.evaluation;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * nDCG and recall at a cut-off, over graded relevance 0 to 3.
 */
final class RankingMetrics {

	/** A posting of grade 2 or more is one the seeker should see. */
	static final int RELEVANT = 2;

	private RankingMetrics() {
	}

	/**
	 * nDCG with gain {@code 2^grade - 1} and discount {@code log2(rank + 1)}.
	 * @param ranking ids, best first
	 * @param grade the grade of an id (0 when not judged)
	 * @param judged the grades of every judged id, for the ideal ranking
	 * @param k the cut-off
	 * @return 0 to 1; 0 when nothing is relevant at all
	 */
	static double ndcg(List<String> ranking, ToIntFunction<String> grade, List<Integer> judged, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			dcg += gain(grade.applyAsInt(ranking.get(i))) / log2(i + 2);
		}
		List<Integer> ideal = judged.stream().sorted((a, b) -> b - a).limit(k).toList();
		double best = 0;
		for (int i = 0; i < ideal.size(); i++) {
			best += gain(ideal.get(i)) / log2(i + 2);
		}
		return (best > 0) ? dcg / best : 0;
	}

	/**
	 * Recall of the relevant postings (grade {@link #RELEVANT} or more) in the first
	 * {@code k}, out of at most {@code k}: finding 10 of 14 in the top 10 is full recall.
	 * @param ranking ids, best first
	 * @param grade the grade of an id
	 * @param judged the grades of every judged id
	 * @param k the cut-off
	 * @return 0 to 1; 1 when nothing is relevant
	 */
	static double recall(List<String> ranking, ToIntFunction<String> grade, List<Integer> judged, int k) {
		long relevant = judged.stream().filter((g) -> g >= RELEVANT).count();
		if (relevant == 0) {
			return 1;
		}
		long found = ranking.stream().limit(k).filter((id) -> grade.applyAsInt(id) >= RELEVANT).count();
		return (double) found / Math.min(k, relevant);
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
