package io.arcticmatch.dev.elasticsearch.compat;

import java.util.List;

import io.arcticmatch.dev.elasticsearch.NodeHttp;
import io.arcticmatch.dev.elasticsearch.junit.ElasticsearchNodeInfo;
import io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@WithElasticsearchNode
class LanguageAnalyzersTest {

	private static NodeHttp http;

	@BeforeAll
	static void connect(ElasticsearchNodeInfo node) {
		http = new NodeHttp(node);
	}

	@Test
	void norwegianAnalyzerStemsNouns() {
		assertThat(tokens("norwegian", "sykepleierne")).singleElement().isNotEqualTo("sykepleierne");
		assertThat(tokens("norwegian", "sykepleieren")).isEqualTo(tokens("norwegian", "sykepleiere"));
	}

	@Test
	void norwegianAnalyzerDropsStopWords() {
		assertThat(tokens("norwegian", "lege og sykepleier")).hasSize(2).doesNotContain("og");
	}

	@Test
	void swedishAnalyzerStemsNouns() {
		assertThat(tokens("swedish", "sjuksköterskor")).isEqualTo(tokens("swedish", "sjuksköterskorna"));
	}

	@Test
	void finnishAnalyzerStemsNouns() {
		assertThat(tokens("finnish", "sairaanhoitajat")).isEqualTo(tokens("finnish", "sairaanhoitaja"));
	}

	@Test
	void englishAnalyzerStemsNouns() {
		assertThat(tokens("english", "nurses")).isEqualTo(tokens("english", "nurse"));
	}

	@Test
	void norwegianFieldMatchesOtherInflections() {
		http.delete("/analyzed-postings");
		http.put("/analyzed-postings", """
				{"settings": {"number_of_replicas": 0},
				 "mappings": {"properties": {"title": {"type": "text", "analyzer": "norwegian"}}}}""").ok();
		http.put("/analyzed-postings/_doc/1?refresh=true", """
				{"title": "Vi søker sykepleiere til Tromsø"}""").ok();
		JsonNode hits = http.post("/analyzed-postings/_search", """
				{"query": {"match": {"title": "sykepleieren"}}}""").ok().json().path("hits");
		assertThat(hits.path("total").path("value").asInt()).isEqualTo(1);
	}

	@Test
	void languageAnalyzerTakesItsOwnStopWords() {
		http.delete("/custom-analyzer");
		http.put("/custom-analyzer", """
				{"settings": {"number_of_replicas": 0, "analysis": {"analyzer": {
				  "norwegian_without_lege": {"type": "norwegian", "stopwords": ["lege"]}}}}}""").ok();
		JsonNode analyzed = http.post("/custom-analyzer/_analyze", """
				{"analyzer": "norwegian_without_lege", "text": "lege og sykepleier"}""").ok().json();
		assertThat(analyzed.path("tokens").valueStream().map((token) -> token.path("token").asString()))
			.containsExactly("og", "sykeplei");
	}

	private static List<String> tokens(String analyzer, String text) {
		JsonNode analyzed = http.post("/_analyze", """
				{"analyzer": "%s", "text": "%s"}""".formatted(analyzer, text)).ok().json();
		return analyzed.path("tokens").valueStream().map((token) -> token.path("token").asString()).toList();
	}

}
