package io.arcticmatch.matcher.matching.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.matching.MatchWeights;
import io.arcticmatch.matcher.matching.PostingMatcher;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.matching.evaluation.EvaluationSet.EvaluationProfile;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The evaluation harness: ranks the judged set's postings for each of its profiles with
 * the {@link PostingMatcher} (over a Lucene posting index of the set) and with the
 * {@link TextBaseline}, and prints nDCG@10 and recall@10 of both, overall and on the
 * cross-lingual slice (Swedish- and Finnish-speaking seekers, Norwegian ads). Run with
 * <pre>
 * mvn -B -pl matcher -Pbench -Denforcer.skip -DskipTests verify \
 *   -Dbench.main=io.arcticmatch.matcher.matching.evaluation.MatchingEvaluation -Dbench.args=
 * </pre>
 */
public final class MatchingEvaluation {

	/** "Now" of the set: its ads are published days before. */
	public static final Clock NOW = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);

	static final int K = 10;

	/** How deep each system ranks, so that a slice still has 10 after filtering. */
	private static final int DEPTH = 200;

	private static final Set<String> CROSS_LINGUAL_SEEKERS = Set.of("sv", "fi");

	private static final String CROSS_LINGUAL_ADS = "nb";

	private MatchingEvaluation() {
	}

	public static void main(String[] args) {
		Report report = run(Concepts.loadDefault());
		System.out.print(report.table());
	}

	/**
	 * Runs both systems over the set.
	 * @param concepts the concept layer
	 * @return the figures
	 */
	public static Report run(Concepts concepts) {
		return run(concepts, MatchWeights.defaults());
	}

	/**
	 * Runs both systems over the set, the matcher with other weights.
	 * @param concepts the concept layer
	 * @param weights the matcher's weights
	 * @return the figures
	 */
	public static Report run(Concepts concepts, MatchWeights weights) {
		EvaluationSet set = EvaluationSet.load(concepts, NOW);
		Map<String, List<String>> matcherRankings = new LinkedHashMap<>();
		Map<String, List<String>> baselineRankings = new LinkedHashMap<>();
		try (LucenePostingIndex index = new LucenePostingIndex(new ByteBuffersDirectory(), NOW,
				new QueryInterpreter(concepts), CurrencyRates.nordic());
				TextBaseline baseline = new TextBaseline(set.postings(), concepts)) {
			index.save(set.postings());
			PostingMatcher matcher = new PostingMatcher(index,
					new PostingScorer(concepts, weights, CurrencyRates.nordic(), NOW), concepts, weights);
			for (EvaluationProfile profile : set.profiles().values()) {
				matcherRankings.put(profile.id(),
						matcher.topMatches(profile.profile(), DEPTH)
							.stream()
							.map((match) -> match.posting().id().sourceId())
							.toList());
				baselineRankings.put(profile.id(),
						baseline.search(baseline.queryText(profile.profile(), profile.language()), DEPTH));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> adLanguages = new LinkedHashMap<>();
		set.postings().forEach((posting) -> adLanguages.put(posting.id().sourceId(), posting.language()));
		List<ProfileFigures> figures = new ArrayList<>();
		for (EvaluationProfile profile : set.profiles().values()) {
			figures.add(figures(set, profile, "all", matcherRankings.get(profile.id()),
					baselineRankings.get(profile.id()), (id) -> true));
			if (CROSS_LINGUAL_SEEKERS.contains(profile.language())) {
				Predicate<String> norwegian = (id) -> CROSS_LINGUAL_ADS.equals(adLanguages.get(id));
				ProfileFigures slice = figures(set, profile, "cross-lingual", matcherRankings.get(profile.id()),
						baselineRankings.get(profile.id()), norwegian);
				if (slice.relevant() > 0) {
					figures.add(slice);
				}
			}
		}
		return new Report(set.postings().size(), set.profiles().size(),
				set.grades().values().stream().mapToInt(Map::size).sum(), figures, matcherRankings, baselineRankings);
	}

	private static ProfileFigures figures(EvaluationSet set, EvaluationProfile profile, String slice,
			List<String> matcherRanking, List<String> baselineRanking, Predicate<String> inSlice) {
		List<Integer> judged = set.grades()
			.getOrDefault(profile.id(), Map.of())
			.entrySet()
			.stream()
			.filter((entry) -> inSlice.test(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		List<String> matcher = matcherRanking.stream().filter(inSlice).toList();
		List<String> baseline = baselineRanking.stream().filter(inSlice).toList();
		java.util.function.ToIntFunction<String> grade = (id) -> set.grade(profile.id(), id);
		return new ProfileFigures(profile.id(), slice,
				judged.stream().filter((g) -> g >= RankingMetrics.RELEVANT).count(),
				RankingMetrics.ndcg(matcher, grade, judged, K), RankingMetrics.recall(matcher, grade, judged, K),
				RankingMetrics.ndcg(baseline, grade, judged, K), RankingMetrics.recall(baseline, grade, judged, K));
	}

	/**
	 * One profile's figures on one slice.
	 *
	 * @param profile the profile id
	 * @param slice {@code all} or {@code cross-lingual}
	 * @param relevant how many postings of the slice are relevant (grade 2 or more)
	 * @param matcherNdcg nDCG@10 of the matcher
	 * @param matcherRecall recall@10 of the matcher
	 * @param baselineNdcg nDCG@10 of the text baseline
	 * @param baselineRecall recall@10 of the text baseline
	 */
	public record ProfileFigures(String profile, String slice, long relevant, double matcherNdcg, double matcherRecall,
			double baselineNdcg, double baselineRecall) {

	}

	/**
	 * The figures of a run.
	 *
	 * @param postings postings in the set
	 * @param profiles profiles in the set
	 * @param judgments judged pairs
	 * @param figures per profile and slice
	 * @param matcherRankings per profile, the matcher's ranking
	 * @param baselineRankings per profile, the baseline's ranking
	 */
	public record Report(int postings, int profiles, int judgments, List<ProfileFigures> figures,
			Map<String, List<String>> matcherRankings, Map<String, List<String>> baselineRankings) {

		public double mean(String slice, java.util.function.ToDoubleFunction<ProfileFigures> figure) {
			return this.figures.stream()
				.filter((f) -> f.slice().equals(slice))
				.mapToDouble(figure)
				.average()
				.orElse(Double.NaN);
		}

		public long count(String slice) {
			return this.figures.stream().filter((f) -> f.slice().equals(slice)).count();
		}

		public String table() {
			StringBuilder out = new StringBuilder();
			out.append(String.format(Locale.ROOT, "Judged set: %d postings, %d profiles, %d judged pairs%n%n",
					this.postings, this.profiles, this.judgments));
			out.append("| slice | profiles | matcher nDCG@10 | BM25 nDCG@10 | matcher recall@10 | BM25 recall@10 |\n");
			out.append("|---|---|---|---|---|---|\n");
			for (String slice : List.of("all", "cross-lingual")) {
				out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", slice, count(slice),
						mean(slice, ProfileFigures::matcherNdcg), mean(slice, ProfileFigures::baselineNdcg),
						mean(slice, ProfileFigures::matcherRecall), mean(slice, ProfileFigures::baselineRecall)));
			}
			out.append(String.format(Locale.ROOT, "%nPer profile%n%n"));
			out.append(
					"| profile | slice | relevant | matcher nDCG@10 | BM25 nDCG@10 | matcher recall@10 | BM25 recall@10 |\n");
			out.append("|---|---|---|---|---|---|---|\n");
			for (ProfileFigures f : this.figures) {
				out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f | %.3f |%n", f.profile(),
						f.slice(), f.relevant(), f.matcherNdcg(), f.baselineNdcg(), f.matcherRecall(),
						f.baselineRecall()));
			}
			return out.toString();
		}

	}

	static List<String> ids(List<JobPosting> postings) {
		return EvaluationSet.ids(postings);
	}

}
