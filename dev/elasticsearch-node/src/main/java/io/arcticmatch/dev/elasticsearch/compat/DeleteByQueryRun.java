package io.arcticmatch.dev.elasticsearch.compat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.elasticsearch.ElasticsearchException;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.admin.indices.refresh.RefreshRequest;
import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.action.bulk.BulkRequest;
import org.elasticsearch.action.bulk.BulkResponse;
import org.elasticsearch.action.delete.DeleteRequest;
import org.elasticsearch.action.search.ClearScrollRequest;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.action.search.SearchScrollRequest;
import org.elasticsearch.action.search.ShardSearchFailure;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.common.document.DocumentField;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.search.SearchHit;
import org.jspecify.annotations.Nullable;

/**
 * Runs one {@link DeleteByQuery} the way the reindex module does, minus slicing and
 * throttling: scroll through the matches, delete each batch in bulk on the condition that
 * the document has not changed since it was found, then clear the scroll and refresh if
 * asked. Asynchronous throughout: no Elasticsearch thread waits. Only one request is in
 * flight at a time, so its counters need no synchronisation.
 */
final class DeleteByQueryRun {

	private static final String ROUTING = "_routing";

	private final Client client;

	private final DeleteByQuery request;

	private final ActionListener<DeleteByQueryResult> listener;

	private final long startedAt = System.nanoTime();

	private final List<BulkItemResponse.Failure> failures = new ArrayList<>();

	private @Nullable String scrollId;

	private long total;

	private long processed;

	private long deleted;

	private long versionConflicts;

	private int batches;

	private boolean timedOut;

	private DeleteByQueryRun(Client client, DeleteByQuery request, ActionListener<DeleteByQueryResult> listener) {
		this.client = client;
		this.request = request;
		this.listener = listener;
	}

	static void start(Client client, DeleteByQuery request, ActionListener<DeleteByQueryResult> listener) {
		DeleteByQueryRun run = new DeleteByQueryRun(client, request, listener);
		client.search(request.search(), run.nextPage(true));
	}

	private ActionListener<SearchResponse> nextPage(boolean first) {
		return ActionListener.wrap((page) -> onPage(page, first), this::fail);
	}

	private void onPage(SearchResponse page, boolean first) {
		this.scrollId = page.getScrollId();
		this.timedOut |= page.isTimedOut();
		if (page.getShardFailures().length > 0) {
			ShardSearchFailure failure = page.getShardFailures()[0];
			fail(new ElasticsearchException("delete-by-query: the search failed on a shard: " + failure.reason(),
					failure.getCause()));
			return;
		}
		if (first) {
			this.total = Math.min(page.getHits().getTotalHits().value(), this.request.remainingAfter(0));
		}
		SearchHit[] hits = page.getHits().getHits();
		int batchSize = (int) Math.min(hits.length, this.request.remainingAfter(this.processed));
		if (batchSize == 0) {
			finish();
			return;
		}
		BulkRequest bulk = new BulkRequest().timeout(this.request.timeout())
			.waitForActiveShards(this.request.waitForActiveShards());
		Arrays.stream(hits, 0, batchSize).map(DeleteByQueryRun::deleteUnchanged).forEach(bulk::add);
		this.batches++;
		this.client.bulk(bulk, ActionListener.wrap(this::onBulk, this::fail));
	}

	private static DeleteRequest deleteUnchanged(SearchHit hit) {
		DeleteRequest delete = new DeleteRequest(hit.getIndex(), hit.getId()).setIfSeqNo(hit.getSeqNo())
			.setIfPrimaryTerm(hit.getPrimaryTerm());
		DocumentField routing = hit.field(ROUTING);
		if (routing != null) {
			delete.routing(routing.getValue());
		}
		return delete;
	}

	private void onBulk(BulkResponse response) {
		for (BulkItemResponse item : response) {
			this.processed++;
			if (!item.isFailed()) {
				this.deleted++;
			}
			else if (item.getFailure().getStatus() == RestStatus.CONFLICT) {
				this.versionConflicts++;
				if (!this.request.proceedOnConflicts()) {
					this.failures.add(item.getFailure());
				}
			}
			else {
				this.failures.add(item.getFailure());
			}
		}
		if (!this.failures.isEmpty() || this.request.remainingAfter(this.processed) <= 0) {
			finish();
			return;
		}
		SearchScrollRequest scroll = new SearchScrollRequest(this.scrollId).scroll(this.request.search().scroll());
		this.client.searchScroll(scroll, nextPage(false));
	}

	private void finish() {
		clearScrollThen(() -> refreshThen(() -> this.listener.onResponse(result())));
	}

	private void fail(Exception failure) {
		clearScrollThen(() -> this.listener.onFailure(failure));
	}

	private void clearScrollThen(Runnable next) {
		if (this.scrollId == null) {
			next.run();
			return;
		}
		ClearScrollRequest clear = new ClearScrollRequest();
		clear.addScrollId(this.scrollId);
		this.scrollId = null;
		// a scroll left open only costs memory until it expires: go on whatever the
		// answer
		this.client.clearScroll(clear, ActionListener.running(next));
	}

	private void refreshThen(Runnable next) {
		if (!this.request.refresh()) {
			next.run();
			return;
		}
		RefreshRequest refresh = new RefreshRequest(this.request.search().indices());
		this.client.admin().indices().refresh(refresh, ActionListener.wrap((refreshed) -> next.run(), this::fail));
	}

	private DeleteByQueryResult result() {
		return new DeleteByQueryResult(Duration.ofNanos(System.nanoTime() - this.startedAt).toMillis(), this.timedOut,
				this.total, this.deleted, this.batches, this.versionConflicts, List.copyOf(this.failures));
	}

}
