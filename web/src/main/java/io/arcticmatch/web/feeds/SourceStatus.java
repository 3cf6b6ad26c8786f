package io.arcticmatch.web.feeds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.arcticmatch.ingest.intake.Checkpoints.SourceCheckpoint;
import io.arcticmatch.ingest.intake.SourceCounts;
import io.arcticmatch.ingest.source.http.FeedStatus;
import org.jspecify.annotations.Nullable;

/**
 * One row of the feeds page.
 *
 * @param source the posting source
 * @param counts how far its postings have come, if it fetched any
 * @param checkpoint where its next fetch starts and when it last advanced, if it ever
 * synced
 * @param runs how its live fetches went since the application started, if it is a live
 * feed
 */
public record SourceStatus(String source, @Nullable SourceCounts counts, @Nullable SourceCheckpoint checkpoint,
		@Nullable FeedStatus runs) {

	/**
	 * @return when the source last synced successfully, in UTC, if ever
	 */
	public @Nullable OffsetDateTime lastSync() {
		return (this.checkpoint != null) ? this.checkpoint.advancedAt().atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * @return when a live fetch last failed, in UTC, if one has since the start
	 */
	public @Nullable OffsetDateTime lastFailureAt() {
		return (this.runs != null && this.runs.lastFailureAt() != null)
				? this.runs.lastFailureAt().atOffset(ZoneOffset.UTC) : null;
	}

}
