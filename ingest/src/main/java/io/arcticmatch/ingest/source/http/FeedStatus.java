package io.arcticmatch.ingest.source.http;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the runs of one source went, for health.
 *
 * @param source the posting source
 * @param lastSuccess when a run last ended well
 * @param lastReport what that run did
 * @param lastFailureAt when a run last failed
 * @param lastFailureKind its kind; null when it was not the feed's fault (our database, a
 * bug)
 * @param lastFailure what went wrong and what to do
 * @param consecutiveFailures failed runs since the last good one
 */
public record FeedStatus(String source, @Nullable Instant lastSuccess, @Nullable SyncReport lastReport,
		@Nullable Instant lastFailureAt, FeedFailure.@Nullable Kind lastFailureKind, @Nullable String lastFailure,
		int consecutiveFailures) {

	static FeedStatus none(String source) {
		return new FeedStatus(source, null, null, null, null, null, 0);
	}

	FeedStatus succeeded(Instant at, SyncReport report) {
		return new FeedStatus(this.source, at, report, this.lastFailureAt, this.lastFailureKind, this.lastFailure, 0);
	}

	FeedStatus failed(Instant at, FeedFailure.@Nullable Kind kind, String message) {
		return new FeedStatus(this.source, this.lastSuccess, this.lastReport, at, kind, message,
				this.consecutiveFailures + 1);
	}

}
