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
class TokenFiltersTest {

	private static final String INDEX = "/token-filters";

	private static NodeHttp http;

	@BeforeAll
	static void createIndex(ElasticsearchNodeInfo node) {
		http = new NodeHttp(node);
		http.delete(INDEX);
		http.put(INDEX, """
				{"settings": {"number_of_replicas": 0, "analysis": {
				   "filter": {
				     "stop_nb": {"type": "stop", "stopwords": "_norwegian_"},
				     "stem_nb": {"type": "stemmer", "language": "norwegian"},
				     "stem_nn": {"type": "stemmer", "language": "light_nynorsk"},
				     "stem_sv": {"type": "stemmer", "language": "swedish"},
				     "stem_fi": {"type": "stemmer", "language": "finnish"},
				     "stem_en": {"type": "stemmer", "language": "english"}},
				   "analyzer": {
				     "nb": {"tokenizer": "standard", "filter": ["lowercase", "stop_nb", "stem_nb", "icu_folding"]},
				     "nn": {"tokenizer": "standard", "filter": ["lowercase", "stem_nn"]},
				     "sv": {"tokenizer": "standard", "filter": ["lowercase", "stem_sv"]},
				     "fi": {"tokenizer": "standard", "filter": ["lowercase", "stem_fi"]},
				     "en": {"tokenizer": "standard", "filter": ["lowercase", "stem_en"]},
				     "folded": {"tokenizer": "standard", "filter": ["lowercase", "icu_folding"]}}}},
				 "mappings": {"properties": {"title": {"type": "text", "analyzer": "nb"}}}}""").ok();
	}

	@Test
	void stemmerTakesTheLanguagesOfAnalysisCommon() {
		assertThat(tokens("nb", "sykepleiere")).isEqualTo(tokens("nb", "sykepleieren"));
		assertThat(tokens("nn", "lærarar")).isEqualTo(tokens("nn", "lærarane"));
		assertThat(tokens("sv", "sjuksköterskor")).isEqualTo(tokens("sv", "sjuksköterskorna"));
		assertThat(tokens("fi", "sairaanhoitajat")).isEqualTo(tokens("fi", "sairaanhoitaja"));
		assertThat(tokens("en", "nurses")).containsExactly("nurs");
	}

	@Test
	void icuFoldingFoldsDiacriticsAndCase() {
		assertThat(tokens("folded", "Tromsø Sodankylä Guovdageaidnu Čáhcesuolu")).containsExactly("tromso", "sodankyla",
				"guovdageaidnu", "cahcesuolu");
	}

	@Test
	void stopWordsGoBeforeStemmingAndFolding() {
		assertThat(tokens("nb", "Sykepleiere og leger til Tromsø")).containsExactly("sykepleier", "leg", "tromso");
	}

	@Test
	void prefixQueriesAreFoldedToo() {
		http.put(INDEX + "/_doc/1?refresh=true", """
				{"title": "Lærer i Tromsø"}""").ok();
		JsonNode hits = http.post(INDEX + "/_search", """
				{"query": {"simple_query_string": {"query": "TROMSØ*", "fields": ["title"]}}}""")
			.ok()
			.json()
			.path("hits");
		assertThat(hits.path("total").path("value").asInt()).isEqualTo(1);
	}

	@Test
	void unknownStemmerLanguageFailsTheIndex() {
		NodeHttp.Response response = http.put("/unknown-stemmer", """
				{"settings": {"analysis": {"filter": {"stem": {"type": "stemmer", "language": "klingon"}}}}}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.http().body()).contains("klingon");
	}

	private static List<String> tokens(String analyzer, String text) {
		JsonNode analyzed = http.post(INDEX + "/_analyze", """
				{"analyzer": "%s", "text": "%s"}""".formatted(analyzer, text)).ok().json();
		return analyzed.path("tokens").valueStream().map((token) -> token.path("token").asString()).toList();
	}

}
