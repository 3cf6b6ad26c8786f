package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.arcticmatch.matcher.posting.JobPosting;

/**
 * Reverse matching: for an opening, the best candidates among the given profiles, with
 * the same scores and explanations a seeker sees for the opening. The caller passes only
 * the profiles it may show (the seekers who consented); this class never decides that.
 * Stateless and thread-safe.
 */
public class CandidateMatcher {

	private static final Comparator<CandidateMatch> WORST_FIRST = Comparator
		.comparingDouble((CandidateMatch match) -> match.score().value())
		.thenComparing(CandidateMatch::candidateId, Comparator.reverseOrder());

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
		PriorityQueue<CandidateMatch> best = new PriorityQueue<>(limit + 1, WORST_FIRST);
		for (Candidate candidate : candidates) {
			best.add(new CandidateMatch(candidate.id(), this.scorer.score(candidate.profile(), opening)));
			if (best.size() > limit) {
				best.poll();
			}
		}
		List<CandidateMatch> ranked = new ArrayList<>(best);
		ranked.sort(WORST_FIRST.reversed());
		return ranked;
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
