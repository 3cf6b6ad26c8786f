package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import io.arcticmatch.matcher.posting.JobPosting;

/**
 * Reverse matching: for an opening, the best candidates among the given profiles, with
 * the same scores and explanations a seeker sees for the opening. The caller passes only
 * the profiles it may show (the seekers who consented); this class never decides that.
 * Stateless and thread-safe.
 * <p>
 * The result is exactly what scoring every candidate would give. To get there fast, a
 * candidate is fully scored only if {@link PostingScorer#boundFor its cheap bound} could
 * still reach the current top list, and large candidate lists are split into slices
 * ranked in parallel whose top lists are then merged.
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
		PostingScorer.Bound bound = this.scorer.boundFor(opening);
		int slices = (all.size() < PARALLEL_THRESHOLD) ? 1 : ForkJoinPool.getCommonPoolParallelism() + 1;
		List<CandidateMatch> merged = new ArrayList<>();
		if (slices == 1) {
			merged.addAll(best(opening, bound, all, limit));
		}
		else {
			int size = (all.size() + slices - 1) / slices;
			IntStream.range(0, slices)
				.parallel()
				.mapToObj((slice) -> best(opening, bound,
						all.subList(slice * size, Math.min(all.size(), (slice + 1) * size)), limit))
				.toList()
				.forEach(merged::addAll);
		}
		merged.sort(WORST_FIRST.reversed());
		return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
	}

	/**
	 * The best of some candidates; everyone who could be among them is fully scored.
	 */
	private List<CandidateMatch> best(JobPosting opening, PostingScorer.Bound bound, List<Candidate> candidates,
			int limit) {
		PriorityQueue<CandidateMatch> best = new PriorityQueue<>(limit + 1, WORST_FIRST);
		for (Candidate candidate : candidates) {
			if (best.size() == limit && bound.of(candidate.profile()) + BOUND_SLACK < best.peek().score().value()) {
				continue;
			}
			best.add(new CandidateMatch(candidate.id(), this.scorer.score(candidate.profile(), opening)));
			if (best.size() > limit) {
				best.poll();
			}
		}
		return new ArrayList<>(best);
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
