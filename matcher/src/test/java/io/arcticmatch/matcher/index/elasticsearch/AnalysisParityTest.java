package io.arcticmatch.matcher.index.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.lucene.PostingAnalyzers;
import io.arcticmatch.matcher.posting.CurrencyRates;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elasticsearch store's custom analyzers split and normalise text exactly as the
 * Lucene store's analyzers do, so both stores find the same postings for the same words.
 * Every sample text goes through every language's analyzer: the stop words and stemmers
 * of one language must agree on another language's words too.
 */
@WithElasticsearchNode
@SpringBootTest(classes = ElasticsearchPostingIndexTest.IndexOnly.class,
		properties = { "arctic.index.type=elasticsearch", "arctic.index.elasticsearch.index-name=postings",
				"arctic.index.elasticsearch.replicas=0", "arctic.index.lucene.path=target/unused-lucene-index" })
class AnalysisParityTest {

	private static final List<String> SAMPLES = List.of("Sykepleiere søkes til Tromsø",
			"Vi søker en erfaren kjøkkensjef og to kokker til hotellet i Hammerfest", "Vi søkjer lærarar til skulen",
			"Sjuksköterskor till Kiruna", "Lastbilschaufförer sökes för uppdrag i Luleå och Gällivare",
			"Sairaanhoitajia Rovaniemelle", "Hitsaaja, Kemijärvi: työpaikka Sodankylässä", "Nurses wanted in Alta",
			"We are hiring experienced engineers for the mines", "Guovdageaidnu",
			"Oahpaheaddji Kárášjohkii, Čáhcesuolu ja Ohcejohka", "Sykehuset Narvik HF, LKAB, Kiirunan kaupunki",
			"C++-utvikler 100 % stilling 2026/27 e-post: jobb@nav.no");

	private static PostingAnalyzers lucene;

	@Autowired
	private ElasticsearchOperations operations;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private JsonMapper json;

	@Autowired
	private QueryInterpreter interpreter;

	private String indexName;

	@BeforeAll
	static void openLuceneAnalyzers() {
		lucene = new PostingAnalyzers();
	}

	@AfterAll
	static void closeLuceneAnalyzers() {
		lucene.close();
	}

	@BeforeEach
	void createIndex() {
		this.indexName = "analysis-parity-" + UUID.randomUUID();
		new ElasticsearchPostingIndex(this.operations, this.indexName, 0, this.json, Clock.systemUTC(),
				this.interpreter, CurrencyRates.nordic())
			.createIndexIfMissing();
	}

	@AfterEach
	void dropIndex() {
		this.operations.indexOps(IndexCoordinates.of(this.indexName)).delete();
	}

	@Test
	void everyLanguageAnalyzerGivesTheLuceneStoresTokens() {
		SoftAssertions softly = new SoftAssertions();
		for (TextLanguage language : TextLanguage.values()) {
			for (String text : SAMPLES) {
				softly.assertThat(elasticsearchTokens(analyzer(language), text))
					.as("%s: %s", language, text)
					.isEqualTo(luceneTokens(lucene.forLanguage(language), text));
			}
		}
		softly.assertAll();
	}

	@Test
	void employerAnalyzerGivesTheLuceneStoresTokens() {
		SoftAssertions softly = new SoftAssertions();
		for (String text : SAMPLES) {
			softly.assertThat(elasticsearchTokens(analyzer(TextLanguage.OTHER), text))
				.as("employer: %s", text)
				.isEqualTo(luceneTokens(lucene.employer(), text));
		}
		softly.assertAll();
	}

	@Test
	void theAnalyzersStemStopAndFold() {
		assertThat(elasticsearchTokens("posting_nb", "Sykepleiere søkes til Tromsø")).containsExactly("sykepleier",
				"sok", "tromso");
		assertThat(elasticsearchTokens("posting_other", "Guovdageaidnu Čáhcesuolu")).containsExactly("guovdageaidnu",
				"cahcesuolu");
	}

	/** The custom analyzers of {@code elasticsearch/posting-settings.json}. */
	private static String analyzer(TextLanguage language) {
		return "posting_" + language.suffix();
	}

	private List<String> elasticsearchTokens(String analyzer, String text) {
		try {
			return this.client.indices()
				.analyze((analyze) -> analyze.index(this.indexName).analyzer(analyzer).text(text))
				.tokens()
				.stream()
				.map(AnalyzeToken::token)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> luceneTokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
