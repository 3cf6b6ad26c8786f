package io.arcticmatch.dev.elasticsearch.compat;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

/**
 * {@code GET /} and {@code HEAD /}: the node's name, cluster and version, in the shape
 * the rest-root module answers, so clients' {@code info()} and {@code ping()} work.
 */
final class ClusterInfoRestHandler extends BaseRestHandler {

	private final Supplier<ClusterService> clusterService;

	ClusterInfoRestHandler(Supplier<ClusterService> clusterService) {
		this.clusterService = clusterService;
	}

	@Override
	public String getName() {
		return "stand_in_main_action";
	}

	@Override
	public List<Route> routes() {
		return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
	}

	@Override
	public boolean canTripCircuitBreaker() {
		return false;
	}

	@Override
	protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
		return (channel) -> {
			XContentBuilder builder = channel.newBuilder();
			if (!request.hasParam("pretty")) {
				builder.prettyPrint().lfAtEnd();
			}
			writeClusterInfo(builder, this.clusterService.get());
			channel.sendResponse(new RestResponse(RestStatus.OK, builder));
		};
	}

	private static void writeClusterInfo(XContentBuilder builder, ClusterService clusterService) throws IOException {
		ClusterState state = clusterService.state();
		Metadata metadata = state.metadata();
		Build build = Build.current();
		builder.startObject()
			.field("name", clusterService.getNodeName())
			.field("cluster_name", state.getClusterName().value())
			.field("cluster_uuid",
					metadata.clusterUUIDCommitted() ? metadata.clusterUUID() : Metadata.UNKNOWN_CLUSTER_UUID)
			.startObject("version")
			.field("number", build.qualifiedVersion())
			.field("build_flavor", "default")
			.field("build_type", build.type().displayName())
			.field("build_hash", build.hash())
			.field("build_date", build.date())
			.field("build_snapshot", build.isSnapshot())
			.field("lucene_version", IndexVersion.current().luceneVersion().toString())
			.field("minimum_wire_compatibility_version", build.minWireCompatVersion())
			.field("minimum_index_compatibility_version", build.minIndexCompatVersion())
			.endObject()
			.field("tagline", "You Know, for Search")
			.endObject();
	}

}
