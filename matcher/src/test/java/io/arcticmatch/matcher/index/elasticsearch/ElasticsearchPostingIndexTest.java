package io.arcticmatch.matcher.index.elasticsearch;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.posting.PostingQuery;
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
import org.springframework.data.elasticsearch.client.ClientConfiguration;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchClients;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.index.Settings;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Elasticsearch store against a real Elasticsearch node (dev/elasticsearch-node),
 * wired the way the application wires it. Each test gets an index of its own.
 */
@WithElasticsearchNode
@SpringBootTest(properties = { "arctic.index.type=elasticsearch", "arctic.index.elasticsearch.index-name=postings",
		"arctic.index.elasticsearch.replicas=0", "arctic.index.lucene.path=target/unused-lucene-index" })
class ElasticsearchPostingIndexTest extends PostingIndexContract {

	/** Loading the concepts takes a while: once for the class. */
	private static final QueryInterpreter INTERPRETER = new QueryInterpreter(Concepts.loadDefault());

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
		this.index = new ElasticsearchPostingIndex(this.operations, this.indexName, 0, this.json, NOW, INTERPRETER,
				CurrencyRates.nordic());
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

	@Test
	void theIndexIsCreatedWithItsAnalyzersAndTheConfiguredReplicas() {
		Settings settings = this.operations.indexOps(IndexCoordinates.of(this.indexName)).getSettings().flatten();

		assertThat(settings.get("index.number_of_replicas")).hasToString("0");
		assertThat(settings.get("index.number_of_shards")).hasToString("1");
		assertThat(settings.get("index.analysis.analyzer.posting_sv.tokenizer")).hasToString("standard");
	}

	@Test
	void anUnreachableElasticsearchMakesTheIndexUnavailable() throws IOException {
		ElasticsearchClient client = ElasticsearchClients
			// no transport options: the one overload that needs no low-level REST client
			// classes
			.createImperative(ClientConfiguration.create("127.0.0.1:1"), null);
		try {
			ElasticsearchPostingIndex unreachable = new ElasticsearchPostingIndex(new ElasticsearchTemplate(client),
					"postings", 0, this.json, NOW, INTERPRETER, CurrencyRates.nordic());

			assertThatThrownBy(unreachable::createIndexIfMissing).isInstanceOf(PostingIndexUnavailable.class);
			assertThatThrownBy(() -> unreachable.save(List.of(posting("nav", "1", "Kokk", "Hotell", Country.NO))))
				.isInstanceOf(PostingIndexUnavailable.class);
			assertThatThrownBy(() -> unreachable.search(PostingQuery.text("kokk")))
				.isInstanceOf(PostingIndexUnavailable.class);
			assertThatThrownBy(unreachable::describe).isInstanceOf(PostingIndexUnavailable.class);
		}
		finally {
			client._transport().close();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class IndexOnly {

	}

}
