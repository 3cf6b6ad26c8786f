package io.arcticmatch.ingest.source;

import java.time.Instant;
import java.util.Objects;

/**
 * What a fetcher got for one ad, kept verbatim so that a fixed converter can replay it.
 *
 * @param source the posting source: {@code nav}, {@code jobtech}, {@code tyomarkkinatori}
 * or {@code direct}
 * @param sourceId the source's id of the ad as the fetcher saw it (the payload's own id
 * wins when they differ)
 * @param format the payload's shape
 * @param payload the JSON of one ad or one withdrawal stub
 * @param fetchedAt when the fetcher received it
 */
public record RawPosting(String source, String sourceId, SourceFormat format, String payload, Instant fetchedAt) {

	public RawPosting {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(fetchedAt, "fetchedAt");
		if (sourceId.isBlank()) {
			throw new IllegalArgumentException("A raw posting from '%s' needs a source id".formatted(source));
		}
	}

	/**
	 * A raw posting whose source is the format's.
	 * @param format the payload's shape
	 * @param sourceId the ad's id at the source
	 * @param payload the JSON of one ad or stub
	 * @param fetchedAt when it was fetched
	 * @return the raw posting
	 */
	public static RawPosting of(SourceFormat format, String sourceId, String payload, Instant fetchedAt) {
		return new RawPosting(format.source(), sourceId, format, payload, fetchedAt);
	}

	/**
	 * @return where the posting comes from, without its payload
	 */
	public PostingOrigin origin() {
		return new PostingOrigin(this.source, this.sourceId, this.format, this.fetchedAt);
	}

}
