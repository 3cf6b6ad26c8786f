package io.arcticmatch.dev.elasticsearch.compat;

import io.arcticmatch.dev.elasticsearch.NodeHttp;
import io.arcticmatch.dev.elasticsearch.junit.ElasticsearchNodeInfo;
import io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@WithElasticsearchNode
class DeleteByQueryTest {

	private static final String INDEX = "/delete-by-query";

	private NodeHttp http;

	@BeforeEach
	void indexFivePostings(ElasticsearchNodeInfo node) {
		this.http = new NodeHttp(node);
		this.http.delete(INDEX);
		this.http.put(INDEX, """
				{"settings": {"number_of_replicas": 0},
				 "mappings": {"properties": {"country": {"type": "keyword"}}}}""").ok();
		this.http.bulk(INDEX + "/_bulk?refresh=true", """
				{"index": {"_id": "1"}}
				{"country": "NO"}
				{"index": {"_id": "2"}}
				{"country": "NO"}
				{"index": {"_id": "3", "routing": "north"}}
				{"country": "NO"}
				{"index": {"_id": "4"}}
				{"country": "SE"}
				{"index": {"_id": "5"}}
				{"country": "SE"}
				""").ok();
	}

	@Test
	void deleteByQueryRemovesMatchingDocuments() {
		JsonNode result = this.http.post(INDEX + "/_delete_by_query?refresh=true", """
				{"query": {"term": {"country": "NO"}}}""").ok().json();
		assertThat(result.path("total").asInt()).isEqualTo(3);
		assertThat(result.path("deleted").asInt()).isEqualTo(3);
		assertThat(result.path("failures").isEmpty()).isTrue();
		assertThat(count("NO")).isZero();
		assertThat(count("SE")).isEqualTo(2);
	}

	@Test
	void deleteByQueryLikeSpringDataDeleteAllEmptiesTheIndex() {
		JsonNode result = this.http.post(INDEX + "/_delete_by_query?conflicts=proceed&refresh=true", """
				{"query": {"match_all": {}}}""").ok().json();
		assertThat(result.path("deleted").asInt()).isEqualTo(5);
		assertThat(result.path("version_conflicts").asInt()).isZero();
		assertThat(count("NO") + count("SE")).isZero();
	}

	@Test
	void deleteByQueryWorksThroughSeveralBatches() {
		JsonNode result = this.http.post(INDEX + "/_delete_by_query?scroll_size=2&refresh=true", """
				{"query": {"match_all": {}}}""").ok().json();
		assertThat(result.path("batches").asInt()).isEqualTo(3);
		assertThat(result.path("deleted").asInt()).isEqualTo(5);
	}

	@Test
	void deleteByQueryStopsAtMaxDocs() {
		JsonNode result = this.http.post(INDEX + "/_delete_by_query?refresh=true", """
				{"max_docs": 2, "query": {"term": {"country": "NO"}}}""").ok().json();
		assertThat(result.path("deleted").asInt()).isEqualTo(2);
		assertThat(count("NO")).isEqualTo(1);
	}

	@Test
	void deleteByQueryWithoutRefreshLeavesDeletionsUnsearchableUntilRefreshed() {
		this.http.post(INDEX + "/_delete_by_query", """
				{"query": {"term": {"country": "SE"}}}""").ok();
		this.http.post(INDEX + "/_refresh", "").ok();
		assertThat(count("SE")).isZero();
	}

	@Test
	void deleteByQueryRejectsAsynchronousRuns() {
		assertThat(this.http.post(INDEX + "/_delete_by_query?wait_for_completion=false", """
				{"query": {"match_all": {}}}""").status()).isEqualTo(400);
	}

	private int count(String country) {
		return this.http.post(INDEX + "/_count", """
				{"query": {"term": {"country": "%s"}}}""".formatted(country)).ok().json().path("count").asInt();
	}

}
