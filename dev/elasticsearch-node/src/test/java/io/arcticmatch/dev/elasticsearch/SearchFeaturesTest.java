package io.arcticmatch.dev.elasticsearch;

import java.util.List;

import io.arcticmatch.dev.elasticsearch.junit.ElasticsearchNodeInfo;
import io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mappings, queries and aggregations Arctic Match relies on, against the real node.
 */
@WithElasticsearchNode
class SearchFeaturesTest {

	private static NodeHttp http;

	@BeforeAll
	static void indexPostingsBehindAnAlias(ElasticsearchNodeInfo node) {
		http = new NodeHttp(node);
		http.delete("/features-v1");
		http.put("/features-v1", """
				{"settings": {"number_of_shards": 1, "number_of_replicas": 0},
				 "aliases": {"features": {}},
				 "mappings": {"properties": {
				   "title": {"type": "text", "analyzer": "norwegian"},
				   "description": {"type": "text", "analyzer": "english"},
				   "country": {"type": "keyword"},
				   "published": {"type": "date"},
				   "location": {"type": "geo_point"},
				   "requirements": {"type": "nested", "properties": {
				     "skill": {"type": "keyword"}, "years": {"type": "integer"}}}}}}""").ok();
		JsonNode bulk = http
			.bulk("/features/_bulk?refresh=true",
					"""
							{"index": {"_id": "tromso"}}
							{"title": "Sykepleier", "description": "Nurse at the hospital", "country": "NO", "published": "2026-01-10", "location": {"lat": 69.6492, "lon": 18.9553}, "requirements": [{"skill": "nursing", "years": 2}, {"skill": "java", "years": 1}]}
							{"index": {"_id": "bodo"}}
							{"title": "Utvikler", "description": "Java developer", "country": "NO", "published": "2026-02-03", "location": {"lat": 67.2804, "lon": 14.4049}, "requirements": [{"skill": "java", "years": 5}]}
							{"index": {"_id": "kiruna"}}
							{"title": "Gruvarbetare", "description": "Mine worker", "country": "SE", "published": "2026-02-20", "location": {"lat": 67.8558, "lon": 20.2253}, "requirements": [{"skill": "mining", "years": 3}]}
							{"index": {"_id": "oulu"}}
							{"title": "Ohjelmistokehittäjä", "description": "Software developers wanted", "country": "FI", "published": "2026-02-25", "location": {"lat": 65.0121, "lon": 25.4651}, "requirements": [{"skill": "java", "years": 3}]}
							""")
			.ok()
			.json();
		assertThat(bulk.path("errors").asBoolean()).isFalse();
	}

	@Test
	void indexWithoutReplicasIsGreen() {
		assertThat(http.get("/_cluster/health/features-v1").ok().json().path("status").asString()).isEqualTo("green");
	}

	@Test
	void bulkIndexedDocumentsAreSearchableThroughTheAlias() {
		assertThat(ids(search("""
				{"query": {"match_all": {}}}"""))).containsExactlyInAnyOrder("tromso", "bodo", "kiruna", "oulu");
	}

	@Test
	void multiMatchSearchesSeveralFields() {
		assertThat(ids(search("""
				{"query": {"multi_match": {"query": "developer", "fields": ["title", "description"]}}}""")))
			.containsExactlyInAnyOrder("bodo", "oulu");
	}

	@Test
	void geoDistanceQueryFindsNearbyPoint() {
		assertThat(ids(search("""
				{"query": {"geo_distance": {"distance": "50km", "location": {"lat": 69.68, "lon": 18.99}}}}""")))
			.containsExactly("tromso");
	}

	@Test
	void termsAggregationCountsKeywords() {
		JsonNode buckets = search("""
				{"size": 0, "aggs": {"countries": {"terms": {"field": "country"}}}}""").path("aggregations")
			.path("countries")
			.path("buckets");
		assertThat(buckets.valueStream()
			.map((bucket) -> bucket.path("key").asString() + "=" + bucket.path("doc_count").asInt()))
			.containsExactly("NO=2", "FI=1", "SE=1");
	}

	@Test
	void dateHistogramBucketsByMonth() {
		JsonNode buckets = search(
				"""
						{"size": 0, "aggs": {"months": {"date_histogram": {"field": "published", "calendar_interval": "month", "format": "yyyy-MM"}}}}""")
			.path("aggregations")
			.path("months")
			.path("buckets");
		assertThat(buckets.valueStream()
			.map((bucket) -> bucket.path("key_as_string").asString() + "=" + bucket.path("doc_count").asInt()))
			.containsExactly("2026-01=1", "2026-02=3");
	}

	@Test
	void nestedQueryMatchesWithinOneObject() {
		assertThat(ids(search("""
				{"query": {"nested": {"path": "requirements", "query": {"bool": {"filter": [
				  {"term": {"requirements.skill": "java"}}, {"range": {"requirements.years": {"gte": 3}}}]}}}}}""")))
			.containsExactlyInAnyOrder("bodo", "oulu");
	}

	private static JsonNode search(String body) {
		return http.post("/features/_search", body).ok().json();
	}

	private static List<String> ids(JsonNode response) {
		return response.path("hits").path("hits").valueStream().map((hit) -> hit.path("_id").asString()).toList();
	}

}
