package io.arcticmatch.matcher.matching;

import java.util.Objects;

import io.arcticmatch.matcher.posting.JobPosting;

/**
 * A posting found for a profile, with its explained score.
 *
 * @param posting the posting
 * @param score how well it matches, and why
 */
public record PostingMatch(JobPosting posting, MatchScore score) {

	public PostingMatch {
		Objects.requireNonNull(posting, "posting");
		Objects.requireNonNull(score, "score");
	}

}
