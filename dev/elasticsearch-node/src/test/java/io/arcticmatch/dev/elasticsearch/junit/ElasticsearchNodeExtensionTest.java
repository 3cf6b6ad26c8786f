package io.arcticmatch.dev.elasticsearch.junit;

import io.arcticmatch.dev.elasticsearch.ElasticsearchNodeLauncher;
import io.arcticmatch.dev.elasticsearch.NodeHttp;
import io.arcticmatch.dev.elasticsearch.NodeHttp.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@WithElasticsearchNode
class ElasticsearchNodeExtensionTest {

	private static ElasticsearchNodeInfo nodeBeforeAll;

	@BeforeAll
	static void rememberNode(ElasticsearchNodeInfo node) {
		nodeBeforeAll = node;
	}

	@Test
	void nodeAnswersClusterInfoAtRoot(ElasticsearchNodeInfo node) {
		Response root = new NodeHttp(node).get("/").ok();
		assertThat(root.header("X-elastic-product")).isEqualTo("Elasticsearch");
		JsonNode info = root.json();
		assertThat(info.path("cluster_name").asString()).isEqualTo("arctic-match-test");
		assertThat(info.path("version").path("number").asString()).startsWith("9.");
		assertThat(info.path("version").path("lucene_version").asString()).startsWith("10.");
		assertThat(info.path("tagline").asString()).isEqualTo("You Know, for Search");
	}

	@Test
	void nodeAnswersHeadAtRoot(ElasticsearchNodeInfo node) {
		Response root = new NodeHttp(node).head("/");
		assertThat(root.status()).isEqualTo(200);
		assertThat(root.http().body()).isEmpty();
	}

	@Test
	void nodeListensOnLoopbackOnly(ElasticsearchNodeInfo node) {
		assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void lifecycleMethodsAndTestsGetTheSameNode(ElasticsearchNodeInfo node) {
		assertThat(node).isEqualTo(nodeBeforeAll);
	}

	@Test
	void launcherNamedToTheChildJvmExists() {
		assertThat(ElasticsearchNodeProcess.LAUNCHER).isEqualTo(ElasticsearchNodeLauncher.class.getName());
	}

	@Nested
	class NestedTests {

		@Test
		void nestedClassesGetTheSameNode(ElasticsearchNodeInfo node) {
			assertThat(node).isEqualTo(nodeBeforeAll);
		}

	}

}
