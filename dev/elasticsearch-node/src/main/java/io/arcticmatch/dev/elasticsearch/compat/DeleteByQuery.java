package io.arcticmatch.dev.elasticsearch.compat;

import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.support.ActiveShardCount;
import org.elasticsearch.core.TimeValue;

/**
 * One delete-by-query as the REST layer asked for it.
 *
 * @param search the scrolling search that finds the documents, in batches of its size
 * @param proceedOnConflicts {@code conflicts=proceed}: count documents changed meanwhile
 * and go on, instead of stopping at the first
 * @param maxDocs at most this many documents, {@code -1} for all
 * @param refresh whether to refresh the searched indices when done
 * @param timeout each bulk delete's timeout
 * @param waitForActiveShards each bulk delete's active shard count
 */
record DeleteByQuery(SearchRequest search, boolean proceedOnConflicts, long maxDocs, boolean refresh, TimeValue timeout,
		ActiveShardCount waitForActiveShards) {

	long remainingAfter(long processed) {
		return (this.maxDocs < 0) ? Long.MAX_VALUE : this.maxDocs - processed;
	}

}
