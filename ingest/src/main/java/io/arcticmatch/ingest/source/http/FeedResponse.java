package io.arcticmatch.ingest.source.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a feed answered to a GET, once {@link FeedHttp} is done retrying. Everything else
 * (401, 429 for too long, 5xx after every retry, no answer) is a {@link FeedFailure}.
 */
public sealed interface FeedResponse {

	/**
	 * @return the URI that was asked
	 */
	URI uri();

	/**
	 * A 2xx answer with its body.
	 *
	 * @param uri the URI that was asked
	 * @param status the status code
	 * @param body the body as text
	 * @param headers the response headers
	 * @param receivedAt when the answer came
	 */
	record Fetched(URI uri, int status, String body, HttpHeaders headers, Instant receivedAt) implements FeedResponse {

		/**
		 * @return the {@code ETag} header, if any
		 */
		public @Nullable String etag() {
			return this.headers.firstValue("ETag").orElse(null);
		}

		/**
		 * @return the {@code Last-Modified} header, if any
		 */
		public @Nullable String lastModified() {
			return this.headers.firstValue("Last-Modified").orElse(null);
		}

	}

	/**
	 * 304: the page has not changed since the conditional request's ETag or time.
	 *
	 * @param uri the URI that was asked
	 */
	record NotModified(URI uri) implements FeedResponse {

	}

	/**
	 * 404 or 410: there is nothing at that URI (any more).
	 *
	 * @param uri the URI that was asked
	 * @param status the status code
	 */
	record NotFound(URI uri, int status) implements FeedResponse {

	}

}
