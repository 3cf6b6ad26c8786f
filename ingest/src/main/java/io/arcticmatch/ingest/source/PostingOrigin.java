package io.arcticmatch.ingest.source;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one ad comes from and when it was fetched: everything a converter needs of a
 * {@link RawPosting} besides its payload, so that a payload parsed by its splitter need
 * not be written back to text only to be converted.
 *
 * @param source the posting source: {@code nav}, {@code jobtech}, {@code tyomarkkinatori}
 * or {@code direct}
 * @param sourceId the source's id of the ad as the fetcher saw it (the payload's own id
 * wins when they differ)
 * @param format the payload's shape
 * @param fetchedAt when the fetcher received it
 */
public record PostingOrigin(String source, String sourceId, SourceFormat format, Instant fetchedAt) {

	public PostingOrigin {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(fetchedAt, "fetchedAt");
		if (sourceId.isBlank()) {
			throw new IllegalArgumentException("A posting from '%s' needs a source id".formatted(source));
		}
	}

	/**
	 * An origin whose source is the format's.
	 * @param format the payload's shape
	 * @param sourceId the ad's id at the source
	 * @param fetchedAt when it was fetched
	 * @return the origin
	 */
	public static PostingOrigin of(SourceFormat format, String sourceId, Instant fetchedAt) {
		return new PostingOrigin(format.source(), sourceId, format, fetchedAt);
	}

	/**
	 * @param payload the ad's JSON
	 * @return the raw posting of this origin with that payload
	 */
	public RawPosting with(String payload) {
		return new RawPosting(this.source, this.sourceId, this.format, payload, this.fetchedAt);
	}

}
