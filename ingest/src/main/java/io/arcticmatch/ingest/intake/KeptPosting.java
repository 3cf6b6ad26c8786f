package io.arcticmatch.ingest.intake;

import io.arcticmatch.ingest.source.RawPosting;

/**
 * A raw posting as the intake keeps it, with the id the later stages report back on.
 *
 * @param rawId the row's id in {@code ingest_raw_posting}
 * @param raw the payload as fetched
 */
public record KeptPosting(long rawId, RawPosting raw) {

}
