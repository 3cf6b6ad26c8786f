package io.arcticmatch.ingest.source.http;

import java.time.Duration;

/**
 * How often and how patiently {@link FeedHttp} tries a request.
 *
 * @param maxAttempts tries in all, the first included (1 = no retry)
 * @param initialBackoff the wait after the first failed try; it doubles after each
 * further one
 * @param maxBackoff the longest wait between tries
 * @param maxRetryAfter the longest {@code Retry-After} waited for within one run; a
 * source asking for more fails the run as rate limited, and the next run tries again
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
		}
		if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
			throw new IllegalArgumentException("backoffs cannot be negative");
		}
	}

	/**
	 * @param failedAttempts tries that failed so far (at least 1)
	 * @return how long to wait before the next try
	 */
	public Duration backoff(int failedAttempts) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < failedAttempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
