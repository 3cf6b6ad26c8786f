package io.arcticmatch.web.feeds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.arcticmatch.ingest.intake.Checkpoints.SourceCheckpoint;
import io.arcticmatch.ingest.intake.SourceCounts;
import org.jspecify.annotations.Nullable;

/**
 * One row of the feeds page.
 *
 * @param source the posting source
 * @param counts how far its postings have come, if it fetched any
 * @param checkpoint where its next fetch starts and when it last advanced, if it ever
 * synced
 */
public record SourceStatus(String source, @Nullable SourceCounts counts, @Nullable SourceCheckpoint checkpoint) {

	/**
	 * @return when the source last synced successfully, in UTC, if ever
	 */
	public @Nullable OffsetDateTime lastSync() {
		return (this.checkpoint != null) ? this.checkpoint.advancedAt().atOffset(ZoneOffset.UTC) : null;
	}

}
