package io.arcticmatch.ingest.intake;

import io.arcticmatch.ingest.source.RawPosting;

/**
 * The body of a message on the raw postings topic.
 *
 * @param rawId the kept raw posting, for reporting the outcome
 * @param raw the payload as fetched
 */
public record RawPostingMessage(long rawId, RawPosting raw) {

}
