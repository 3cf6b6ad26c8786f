package io.arcticmatch.dev.elasticsearch.compat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.support.ActiveShardCount;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.common.bytes.BytesReference;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestChannel;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.action.RestBuilderListener;
import org.elasticsearch.rest.action.search.RestSearchAction;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentFactory;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentParserConfiguration;
import org.jspecify.annotations.Nullable;

import static org.elasticsearch.rest.RestRequest.Method.POST;

/**
 * {@code POST /{index}/_delete_by_query}: reads the request as the reindex module does
 * (the body and URL parameters of a search, plus {@code conflicts}, {@code max_docs},
 * {@code scroll_size}, {@code refresh}, {@code timeout} and
 * {@code wait_for_active_shards}) and runs it with {@link DeleteByQueryRun}. It accepts
 * {@code requests_per_second} and {@code slices} but neither throttles nor slices, and
 * rejects {@code wait_for_completion=false}: there are no tasks to poll.
 */
final class DeleteByQueryRestHandler extends BaseRestHandler {

	private static final int DEFAULT_BATCH_SIZE = 1000;

	private static final TimeValue DEFAULT_SCROLL = TimeValue.timeValueMinutes(5);

	private static final TimeValue DEFAULT_TIMEOUT = TimeValue.timeValueMinutes(1);

	private static final String CONFLICTS = "conflicts";

	private static final String MAX_DOCS = "max_docs";

	private final Predicate<NodeFeature> clusterSupportsFeature;

	DeleteByQueryRestHandler(Predicate<NodeFeature> clusterSupportsFeature) {
		this.clusterSupportsFeature = clusterSupportsFeature;
	}

	@Override
	public String getName() {
		return "stand_in_delete_by_query_action";
	}

	@Override
	public List<Route> routes() {
		return List.of(new Route(POST, "/{index}/_delete_by_query"));
	}

	@Override
	protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
		DeleteByQuery deleteByQuery = parse(request);
		return (channel) -> DeleteByQueryRun.start(client, deleteByQuery, respondingOn(channel));
	}

	private DeleteByQuery parse(RestRequest request) throws IOException {
		if (!request.paramAsBoolean("wait_for_completion", true)) {
			throw new IllegalArgumentException(
					"This node's stand-in for the reindex module runs _delete_by_query synchronously only: "
							+ "leave out wait_for_completion=false");
		}
		// accepted for compatibility; this stand-in runs one slice, unthrottled
		request.param("requests_per_second");
		request.param("slices");
		Map<String, Object> deleteFields = new HashMap<>();
		SearchRequest search = new SearchRequest();
		try (XContentParser searchBody = searchPartOfBody(request, deleteFields)) {
			RestSearchAction.parseSearchRequest(search, request, searchBody, this.clusterSupportsFeature, (size) -> {
				throw new IllegalArgumentException("invalid parameter [size], use [max_docs] instead");
			});
		}
		SearchSourceBuilder source = (search.source() != null) ? search.source() : new SearchSourceBuilder();
		source.size(request.paramAsInt("scroll_size", DEFAULT_BATCH_SIZE))
			.fetchSource(false)
			.seqNoAndPrimaryTerm(true)
			.trackTotalHits(true);
		if (source.sorts() == null || source.sorts().isEmpty()) {
			source.sort("_doc");
		}
		if (request.hasParam("search_timeout")) {
			source.timeout(request.paramAsTime("search_timeout", null));
		}
		search.source(source);
		if (search.scroll() == null) {
			search.scroll(DEFAULT_SCROLL);
		}
		String conflicts = request.param(CONFLICTS, (String) deleteFields.getOrDefault(CONFLICTS, "abort"));
		long maxDocs = request.paramAsLong(MAX_DOCS, ((Number) deleteFields.getOrDefault(MAX_DOCS, -1)).longValue());
		return new DeleteByQuery(search, proceedOnConflicts(conflicts), maxDocs,
				request.paramAsBoolean("refresh", false), request.paramAsTime("timeout", DEFAULT_TIMEOUT),
				ActiveShardCount.parseString(request.param("wait_for_active_shards")));
	}

	private static boolean proceedOnConflicts(String conflicts) {
		return switch (conflicts) {
			case "proceed" -> true;
			case "abort" -> false;
			default -> throw new IllegalArgumentException(
					"conflicts may only be \"proceed\" or \"abort\" but was [" + conflicts + "]");
		};
	}

	/**
	 * The body without the fields only delete-by-query knows, which the search parser
	 * would reject; those go into {@code deleteFields}.
	 */
	private static @Nullable XContentParser searchPartOfBody(RestRequest request, Map<String, Object> deleteFields)
			throws IOException {
		if (!request.hasContentOrSourceParam()) {
			return null;
		}
		try (XContentParser parser = request.contentOrSourceParamParser();
				XContentBuilder searchPart = XContentFactory.contentBuilder(parser.contentType())) {
			Map<String, Object> body = parser.map();
			for (String field : List.of(CONFLICTS, MAX_DOCS)) {
				Object value = body.remove(field);
				if (value != null) {
					deleteFields.put(field, value);
				}
			}
			XContentParserConfiguration configuration = XContentParserConfiguration.EMPTY
				.withRegistry(parser.getXContentRegistry())
				.withDeprecationHandler(parser.getDeprecationHandler());
			return XContentHelper.createParserNotCompressed(configuration, BytesReference.bytes(searchPart.map(body)),
					parser.contentType());
		}
	}

	private static ActionListener<DeleteByQueryResult> respondingOn(RestChannel channel) {
		return new RestBuilderListener<>(channel) {

			@Override
			public RestResponse buildResponse(DeleteByQueryResult result, XContentBuilder builder) throws IOException {
				result.toXContent(builder, channel.request());
				return new RestResponse(result.status(), builder);
			}

		};
	}

}
