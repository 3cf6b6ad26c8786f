package io.arcticmatch.ingest.source.http;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How every feed fetcher talks HTTP, and when the {@code feeds} health turns DOWN. Each
 * source's own settings (on or off, where, how often) are in its {@code …FeedSettings}.
 *
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for one answer
 * @param maxAttempts tries per request, the first included
 * @param initialBackoff the wait after the first failed try; doubles after each further
 * one
 * @param maxBackoff the longest wait between tries
 * @param maxRetryAfter the longest {@code Retry-After} a run waits for; a source asking
 * for more fails the run as rate limited and the next run tries again
 * @param downAfterFailures consecutive failed runs of one source after which the
 * {@code feeds} health is DOWN
 * @param userAgent sent with every request, so a source's operators know who asks
 */
@Validated
@ConfigurationProperties("arctic.ingest.feeds")
public record FeedHttpSettings(@DefaultValue("10s") @NotNull Duration connectTimeout,
		@DefaultValue("60s") @NotNull Duration requestTimeout, @DefaultValue("4") @Min(1) int maxAttempts,
		@DefaultValue("2s") @NotNull Duration initialBackoff, @DefaultValue("1m") @NotNull Duration maxBackoff,
		@DefaultValue("2m") @NotNull Duration maxRetryAfter, @DefaultValue("5") @Min(1) int downAfterFailures,
		@DefaultValue("arctic-match-ingest") @NotBlank String userAgent) {

	/**
	 * @return the retry policy these settings describe
	 */
	public RetryPolicy retryPolicy() {
		return new RetryPolicy(this.maxAttempts, this.initialBackoff, this.maxBackoff, this.maxRetryAfter);
	}

}
