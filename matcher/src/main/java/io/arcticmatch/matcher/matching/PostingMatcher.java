package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingQuery;

/**
 * Finds the postings that fit a profile best, in two stages: candidates from the
 * {@link PostingIndex} (postings in the profile's occupation groups, and postings within
 * commuting distance of home, in the countries the seeker considers), then re-ranking of
 * the candidates by the {@link PostingScorer}. The ranking is exactly that of scoring
 * every candidate, but a candidate is scored only while a cheap bound of its score can
 * still reach the top list, and only the returned matches get their explanation.
 */
public class PostingMatcher {

	/**
	 * ISCO level the occupation retrieval searches at: the minor group, so that related
	 * occupations (a nurse for an assistant nurse ad) are candidates the scorer can rank.
	 */
	private static final int RETRIEVAL_ISCO_LEVEL = 3;

	/** Worst first: by score, then the score before the lift to 0, then id backwards. */
	private static final Comparator<Ranked> WORST_FIRST = Comparator.comparingDouble(Ranked::value)
		.thenComparingDouble(Ranked::unbounded)
		.thenComparing(Ranked::postingId, Comparator.reverseOrder());

	/**
	 * Slack for the bound: it adds the parts in another order than the score, so the two
	 * may differ in the last bits.
	 */
	private static final double BOUND_SLACK = 1e-6;

	private final PostingIndex index;

	private final PostingScorer scorer;

	private final Concepts concepts;

	private final MatchWeights weights;

	/**
	 * @param index where the postings are
	 * @param scorer scores each candidate
	 * @param concepts the concept layer, for the ISCO groups of the profile's occupations
	 * @param weights for the number of candidates
	 */
	public PostingMatcher(PostingIndex index, PostingScorer scorer, Concepts concepts, MatchWeights weights) {
		this.index = index;
		this.scorer = scorer;
		this.concepts = concepts;
		this.weights = weights;
	}

	/**
	 * The best postings for a profile.
	 * @param profile the job seeker
	 * @param limit how many at most
	 * @return the matches, best first (ties by posting id)
	 */
	public List<PostingMatch> topMatches(SeekerProfile profile, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("Ask for at least one match, not " + limit);
		}
		// candidates are scored shortened (what scoring reads, see JobPosting#shortened),
		// and only the returned ones are read whole
		List<PostingMatch> ranked = rank(profile, candidates(profile, this.index::firstMatchesToScore), limit);
		List<JobPosting> whole = this.index.whole(ranked.stream().map(PostingMatch::posting).toList());
		List<PostingMatch> matches = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			matches.add(new PostingMatch(whole.get(i), ranked.get(i).score()));
		}
		return List.copyOf(matches);
	}

	/**
	 * The first stage: postings in the profile's occupation groups, and the nearest
	 * postings within the longest commute, in the countries the seeker considers.
	 * @param profile the job seeker
	 * @return the candidates, each once, whole
	 */
	List<JobPosting> candidates(SeekerProfile profile) {
		return candidates(profile, this.index::firstMatches);
	}

	private List<JobPosting> candidates(SeekerProfile profile, Retrieval retrieval) {
		Map<PostingId, JobPosting> candidates = new LinkedHashMap<>();
		Country[] countries = profile.mobility().keySet().toArray(Country[]::new);
		Set<String> groups = occupationGroups(profile);
		int budget = this.weights.candidates();
		if (!groups.isEmpty()) {
			collect(retrieval, PostingQuery.builder().countries(countries).iscoGroups(groups.toArray(String[]::new)),
					budget, candidates);
		}
		if (profile.home() != null) {
			double reach = profile.mobility().values().stream().mapToDouble(Mobility::maxCommuteKm).max().orElse(0);
			if (reach > 0) {
				// nearest first, so that ads without a mapped occupation nearby are
				// candidates too
				collect(retrieval,
						PostingQuery.builder()
							.countries(countries)
							.within(profile.home().location(), reach)
							.sort(PostingQuery.SortOrder.DISTANCE),
						budget, candidates);
			}
		}
		return List.copyOf(candidates.values());
	}

	/**
	 * The second stage: exactly the top of scoring every candidate, but a candidate is
	 * scored only when a cheap bound of its score can still reach the top list, taken in
	 * order of the bound, and only the returned matches are explained.
	 * @param profile the job seeker
	 * @param candidates the postings to rank
	 * @param limit how many at most
	 * @return the matches, best first (ties by posting id)
	 */
	List<PostingMatch> rank(SeekerProfile profile, List<JobPosting> candidates, int limit) {
		PostingScorer.Seeker seeker = this.scorer.prepare(profile);
		double[] bounds = new double[candidates.size()];
		for (int i = 0; i < bounds.length; i++) {
			bounds[i] = this.scorer.unboundedBound(seeker, candidates.get(i));
		}
		Integer[] order = new Integer[bounds.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> bounds[i]).reversed());
		PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, WORST_FIRST);
		for (int i : order) {
			// a posting whose unbounded score is below the last one's ranks below it,
			// whatever the lift to the minimum does to both
			if (best.size() == limit && bounds[i] + BOUND_SLACK < best.peek().unbounded()) {
				break;
			}
			JobPosting posting = candidates.get(i);
			double unbounded = this.scorer.unboundedScore(seeker, posting);
			best.add(new Ranked(Math.max(MatchScore.MIN, unbounded), unbounded, posting.id().toString(), posting));
			if (best.size() > limit) {
				best.poll();
			}
		}
		List<Ranked> ranked = new ArrayList<>(best);
		ranked.sort(WORST_FIRST.reversed());
		List<PostingMatch> matches = new ArrayList<>(ranked.size());
		for (Ranked match : ranked) {
			matches.add(new PostingMatch(match.posting(), this.scorer.score(seeker, match.posting())));
		}
		return List.copyOf(matches);
	}

	private Set<String> occupationGroups(SeekerProfile profile) {
		Set<String> groups = new LinkedHashSet<>();
		for (OccupationExperience occupation : profile.occupations()) {
			this.concepts.occupations().byId(occupation.conceptId()).ifPresent((concept) -> {
				String code = concept.isco().code().value();
				groups.add(code.substring(0, Math.min(code.length(), RETRIEVAL_ISCO_LEVEL)));
			});
		}
		return groups;
	}

	/**
	 * Adds up to {@code budget} postings of a search to the candidates.
	 */
	private static void collect(Retrieval retrieval, PostingQuery.Builder query, int budget,
			Map<PostingId, JobPosting> candidates) {
		for (JobPosting posting : retrieval.firstMatches(query.build(), budget)) {
			candidates.putIfAbsent(posting.id(), posting);
		}
	}

	/**
	 * How candidates are read: whole, or shortened for scoring.
	 */
	@FunctionalInterface
	private interface Retrieval {

		List<JobPosting> firstMatches(PostingQuery query, int limit);

	}

	/**
	 * A scored candidate not yet explained, ordered as {@link MatchScore} orders.
	 *
	 * @param value the score
	 * @param unbounded the score before the lift to the minimum
	 * @param postingId the posting's id, for ties
	 * @param posting the posting
	 */
	private record Ranked(double value, double unbounded, String postingId, JobPosting posting) {

	}

}
