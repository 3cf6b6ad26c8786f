package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

import io.arcticmatch.matcher.posting.JobPosting;

/**
 * Reverse matching: for an opening, the best candidates among the given profiles, with
 * the same scores and explanations a seeker sees for the opening. The caller passes only
 * the profiles it may show (the seekers who consented); this class never decides that.
 * Stateless and thread-safe.
 * <p>
 * The result is exactly what scoring every candidate would give, but most candidates are
 * never scored: each gets a {@link PostingScorer#boundFor cheap upper bound} of its score
 * first (in parallel for long lists), candidates are taken in order of their bound, best
 * first, and scoring stops once no bound left can reach the top list.
 */
public class CandidateMatcher {

	private static final Comparator<CandidateMatch> WORST_FIRST = Comparator
		.comparingDouble((CandidateMatch match) -> match.score().value())
		.thenComparing(CandidateMatch::candidateId, Comparator.reverseOrder());

	/**
	 * Slack for the bound: it adds the parts in another order than the score, so the two
	 * may differ in the last bits.
	 */
	private static final double BOUND_SLACK = 1e-6;

	/** Below this many candidates one thread is faster than splitting the work. */
	private static final int PARALLEL_THRESHOLD = 4_096;

	/** Candidates scored together, in parallel when many of them may still make it. */
	private static final int CHUNK = 256;

	/** Buckets of one point each for ordering candidates by bound, 0 to 100 and above. */
	private static final int BUCKETS = (int) MatchScore.MAX + 2;

	private final PostingScorer scorer;

	public CandidateMatcher(PostingScorer scorer) {
		this.scorer = scorer;
	}

	/**
	 * @param opening the posting to find candidates for
	 * @param candidates the profiles that may be considered
	 * @param limit how many to return at most
	 * @return the best candidates, best first; ties in candidate id order
	 */
	public List<CandidateMatch> topCandidates(JobPosting opening, Collection<Candidate> candidates, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("Ask for 1 candidate or more, not " + limit);
		}
		List<Candidate> all = List.copyOf(candidates);
		boolean parallel = all.size() >= PARALLEL_THRESHOLD;
		PostingScorer.Bound bound = this.scorer.boundFor(opening);
		double[] bounds = new double[all.size()];
		IntStream indexes = IntStream.range(0, all.size());
		(parallel ? indexes.parallel() : indexes).forEach((i) -> bounds[i] = bound.of(all.get(i).profile()));
		int[] order = byBoundBestFirst(bounds);

		PriorityQueue<CandidateMatch> best = new PriorityQueue<>(limit + 1, WORST_FIRST);
		for (int from = 0; from < order.length; from += CHUNK) {
			double threshold = (best.size() < limit) ? Double.NEGATIVE_INFINITY : best.peek().score().value();
			if (bucket(bounds[order[from]]) + 1 + BOUND_SLACK < threshold) {
				// every later candidate's bound is in this bucket or a lower one
				break;
			}
			int[] chunk = IntStream.range(from, Math.min(order.length, from + CHUNK))
				.map((position) -> order[position])
				.filter((i) -> bounds[i] + BOUND_SLACK >= threshold)
				.toArray();
			IntStream scoring = IntStream.range(0, chunk.length);
			CandidateMatch[] scored = new CandidateMatch[chunk.length];
			(parallel ? scoring.parallel() : scoring).forEach((j) -> {
				Candidate candidate = all.get(chunk[j]);
				scored[j] = new CandidateMatch(candidate.id(), this.scorer.score(candidate.profile(), opening));
			});
			for (CandidateMatch match : scored) {
				best.add(match);
				if (best.size() > limit) {
					best.poll();
				}
			}
		}
		List<CandidateMatch> ranked = new ArrayList<>(best);
		ranked.sort(WORST_FIRST.reversed());
		return ranked;
	}

	/**
	 * The candidates' positions by bound, highest first, ordered by whole points only (a
	 * counting sort: linear in the number of candidates).
	 */
	private static int[] byBoundBestFirst(double[] bounds) {
		int[] starts = new int[BUCKETS + 1];
		for (double bound : bounds) {
			starts[BUCKETS - 1 - bucket(bound) + 1]++;
		}
		for (int b = 1; b <= BUCKETS; b++) {
			starts[b] += starts[b - 1];
		}
		int[] order = new int[bounds.length];
		for (int i = 0; i < bounds.length; i++) {
			order[starts[BUCKETS - 1 - bucket(bounds[i])]++] = i;
		}
		return order;
	}

	private static int bucket(double bound) {
		return Math.clamp((int) Math.floor(bound), 0, BUCKETS - 1);
	}

	/**
	 * A seeker who may be matched.
	 *
	 * @param id the caller's id of the seeker
	 * @param profile what they offer and want
	 */
	public record Candidate(String id, SeekerProfile profile) {

	}

	/**
	 * A candidate with their score for the opening.
	 *
	 * @param candidateId the id the caller gave
	 * @param score how well the opening fits them, with reasons
	 */
	public record CandidateMatch(String candidateId, MatchScore score) {

	}

}
