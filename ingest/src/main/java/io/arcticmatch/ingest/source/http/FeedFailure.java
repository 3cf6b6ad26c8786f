package io.arcticmatch.ingest.source.http;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Why a feed could not be read this time. The message says what happened and where; the
 * {@link Kind#advice() advice} says what to do about it. The checkpoint stays where it
 * was, so nothing is lost: the next run fetches the same page again.
 */
public class FeedFailure extends RuntimeException {

	private final Kind kind;

	/**
	 * @param kind what kind of failure
	 * @param message what happened and where, for an operator
	 */
	public FeedFailure(Kind kind, String message) {
		this(kind, message, null);
	}

	/**
	 * @param kind what kind of failure
	 * @param message what happened and where, for an operator
	 * @param cause the underlying exception
	 */
	public FeedFailure(Kind kind, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind, "kind");
	}

	/**
	 * @return what kind of failure
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * @return the message followed by what to do about it
	 */
	public String describe() {
		return "%s. %s".formatted(getMessage(), this.kind.advice());
	}

	/**
	 * The kinds of failure, each with what an operator can do.
	 */
	public enum Kind {

		/** The source answered, but the page could not be read as the format says. */
		MALFORMED_PAGE,

		/** The source asked us to slow down (429) for longer than we wait in one run. */
		RATE_LIMITED,

		/** The source kept answering with 5xx after every retry. */
		SERVER_ERROR,

		/** No answer: connection refused, DNS, TLS, or a timeout, after every retry. */
		UNREACHABLE,

		/** The source refused our credentials (401/403). */
		UNAUTHORIZED,

		/**
		 * The source refused the request itself (a 4xx other than 401, 403 and 429): a
		 * wrong base URL or path, a parameter it does not take, a checkpoint it does not
		 * know.
		 */
		REQUEST_REFUSED;

		/**
		 * @return what an operator can do about a failure of this kind
		 */
		public String advice() {
			return switch (this) {
				case MALFORMED_PAGE -> "The page is fetched again on the next run; if it stays broken, the source's "
						+ "format may have changed: compare the page with the format the adapter reads";
				case RATE_LIMITED ->
					"The next run tries again; if this keeps happening, lengthen the source's " + "poll-interval";
				case SERVER_ERROR -> "The source has trouble of its own; the next run tries again. Check the "
						+ "source's status page if it lasts";
				case UNREACHABLE ->
					"Check the source's base-url, DNS, the proxy and the firewall; the next run " + "tries again";
				case UNAUTHORIZED -> "Check the source's token or api-key setting (or renew it with the source)";
				case REQUEST_REFUSED -> "Check the source's base-url and settings; a stale checkpoint can be reset "
						+ "by deleting the source's row in ingest_checkpoint (the next run then starts a first sync)";
			};
		}

	}

}
