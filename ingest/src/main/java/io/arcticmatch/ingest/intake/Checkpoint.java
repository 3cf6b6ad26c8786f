package io.arcticmatch.ingest.intake;

import org.jspecify.annotations.Nullable;

/**
 * Where a source's next fetch starts.
 *
 * @param position the source's own cursor: a next-page URL, a stream timestamp, a page
 * number; {@code null} before the first fetch
 * @param etag the last page's {@code ETag}, for a conditional request
 * @param lastModified the last page's {@code Last-Modified}, for a conditional request
 */
public record Checkpoint(@Nullable String position, @Nullable String etag, @Nullable String lastModified) {

	/** Before the first fetch. */
	public static final Checkpoint START = new Checkpoint(null, null, null);

}
