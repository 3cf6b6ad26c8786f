/**
 * Matching job seekers and postings, with explanations.
 * <p>
 * A {@link io.arcticmatch.matcher.matching.SeekerProfile} is scored against a
 * {@link io.arcticmatch.matcher.posting.JobPosting} by the
 * {@link io.arcticmatch.matcher.matching.PostingScorer}, which returns a
 * {@link io.arcticmatch.matcher.matching.MatchScore} from 0 to 100 with a tree of
 * {@link io.arcticmatch.matcher.matching.MatchReason}s that adds up to it. Every weight
 * and threshold is a setting of {@link io.arcticmatch.matcher.matching.MatchWeights}
 * ({@code arctic.matching.*}). What an ad or a profile does not state is never turned
 * into points: it gets a "not stated" reason worth 0. The message keys of the reasons are
 * the constants of {@link io.arcticmatch.matcher.matching.MatchReasons}.
 * <p>
 * The {@link io.arcticmatch.matcher.matching.PostingMatcher} finds the best postings for
 * a profile in two stages: candidates from the
 * {@link io.arcticmatch.matcher.posting.PostingIndex} by occupation group, country and
 * distance, then re-ranking by the scorer.
 */
@NullMarked
package io.arcticmatch.matcher.matching;

import org.jspecify.annotations.NullMarked;
