package io.arcticmatch.matcher.index.elasticsearch;

import java.util.UUID;

import io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elasticsearch store against a real Elasticsearch node (dev/elasticsearch-node),
 * wired the way the application wires it. Each test gets an index of its own.
 */
@WithElasticsearchNode
@SpringBootTest(properties = { "arctic.index.type=elasticsearch", "arctic.index.elasticsearch.index-name=postings",
		"arctic.index.elasticsearch.replicas=0", "arctic.index.lucene.path=target/unused-lucene-index" })
class ElasticsearchPostingIndexTest extends PostingIndexContract {

	@Autowired
	private ElasticsearchOperations operations;

	@Autowired
	private PostingIndex configuredIndex;

	@Autowired
	private JsonMapper json;

	private String indexName;

	private ElasticsearchPostingIndex index;

	@BeforeEach
	void createEmptyIndex() {
		this.indexName = "postings-test-" + UUID.randomUUID();
		this.index = new ElasticsearchPostingIndex(this.operations, this.indexName, 0, this.json, NOW);
		this.index.createIndexIfMissing();
	}

	@AfterEach
	void dropIndex() {
		this.operations.indexOps(IndexCoordinates.of(this.indexName)).delete();
	}

	@Override
	protected PostingIndex index() {
		return this.index;
	}

	@Test
	void theApplicationGetsTheElasticsearchIndex() {
		assertThat(this.configuredIndex).isInstanceOf(ElasticsearchPostingIndex.class);
		assertThat(this.configuredIndex.describe()).contains("Elasticsearch index 'postings'");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class IndexOnly {

	}

}
