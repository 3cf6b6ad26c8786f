package io.arcticmatch.dev.elasticsearch.compat;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * What a delete-by-query did, written with the fields of the reindex module's response.
 * This stand-in never throttles, retries or slices, so those fields are constant.
 *
 * @param tookMillis how long it took
 * @param timedOut whether a search timed out
 * @param total how many documents matched (at most {@code max_docs})
 * @param deleted how many documents were deleted
 * @param batches how many bulk deletes ran
 * @param versionConflicts how many documents had changed since the search found them
 * @param failures why documents could not be deleted; the run stops at the first batch
 * with any
 */
record DeleteByQueryResult(long tookMillis, boolean timedOut, long total, long deleted, int batches,
		long versionConflicts, List<BulkItemResponse.Failure> failures) implements ToXContentObject {

	RestStatus status() {
		return this.failures.stream()
			.map(BulkItemResponse.Failure::getStatus)
			.max(Comparator.comparingInt(RestStatus::getStatus))
			.orElse(RestStatus.OK);
	}

	@Override
	public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
		builder.startObject()
			.field("took", this.tookMillis)
			.field("timed_out", this.timedOut)
			.field("total", this.total)
			.field("deleted", this.deleted)
			.field("batches", this.batches)
			.field("version_conflicts", this.versionConflicts)
			.field("noops", 0)
			.startObject("retries")
			.field("bulk", 0)
			.field("search", 0)
			.endObject()
			.field("throttled_millis", 0)
			.field("requests_per_second", -1.0f)
			.field("throttled_until_millis", 0)
			.startArray("failures");
		for (BulkItemResponse.Failure failure : this.failures) {
			builder.startObject();
			failure.toXContent(builder, params);
			builder.endObject();
		}
		return builder.endArray().endObject();
	}

}
