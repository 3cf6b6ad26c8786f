package io.arcticmatch.ingest.duplicates;

import java.net.URI;

import io.arcticmatch.matcher.posting.PostingId;
import org.jspecify.annotations.Nullable;

/**
 * One source that publishes a job.
 *
 * @param postingId the job's id at that source
 * @param url the ad at that source, if the source gives one
 */
public record SourceLink(PostingId postingId, @Nullable URI url) {

}
