package io.arcticmatch.ingest.source.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One GET to a feed. Conditional when it carries the {@code ETag} or
 * {@code Last-Modified} of an earlier answer: an unchanged page then comes back as
 * {@link FeedResponse.NotModified}.
 *
 * @param uri where
 * @param headers further request headers (authorisation, {@code Accept}); their values
 * are never logged
 * @param ifNoneMatch an earlier answer's {@code ETag}, sent as {@code If-None-Match}
 * @param ifModifiedSince an earlier answer's {@code Last-Modified} (or any RFC 1123
 * time), sent as {@code If-Modified-Since}
 */
public record FeedRequest(URI uri, Map<String, String> headers, @Nullable String ifNoneMatch,
		@Nullable String ifModifiedSince) {

	public FeedRequest {
		Objects.requireNonNull(uri, "uri");
		headers = Map.copyOf(headers);
	}

	/**
	 * @param uri where
	 * @return an unconditional GET without further headers
	 */
	public static FeedRequest get(URI uri) {
		return new FeedRequest(uri, Map.of(), null, null);
	}

	/**
	 * @param name a header
	 * @param value its value
	 * @return this request with the header (replacing one of the same name)
	 */
	public FeedRequest header(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new FeedRequest(this.uri, more, this.ifNoneMatch, this.ifModifiedSince);
	}

	/**
	 * @param etag an earlier answer's {@code ETag}, or null for none
	 * @return this request, conditional on the page having another ETag
	 */
	public FeedRequest ifNoneMatch(@Nullable String etag) {
		return new FeedRequest(this.uri, this.headers, etag, this.ifModifiedSince);
	}

	/**
	 * @param lastModified an RFC 1123 time, or null for none
	 * @return this request, conditional on the page having changed since then
	 */
	public FeedRequest ifModifiedSince(@Nullable String lastModified) {
		return new FeedRequest(this.uri, this.headers, this.ifNoneMatch, lastModified);
	}

	@Override
	public String toString() {
		return "GET " + this.uri;
	}

}
