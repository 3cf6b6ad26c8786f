package io.arcticmatch.matcher.index.lucene;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The analysis of posting text, one analyzer per {@link TextLanguage} and one for
 * employer names. Each is standard tokenizer, lower case, the language's stop words, its
 * stemmer and ICU folding, so that "tromso" finds "Tromsø"; the Elasticsearch store
 * declares the same chains as custom analyzers and a test compares the two.
 */
public final class PostingAnalyzers implements AutoCloseable {

	/**
	 * The nynorsk flag of {@code NorwegianLightStemmer}, which is package-private in
	 * Lucene (Elasticsearch's {@code light_nynorsk} passes the same flag).
	 */
	private static final int NYNORSK = 2;

	private final Map<TextLanguage, Analyzer> languages = new EnumMap<>(TextLanguage.class);

	private final Analyzer employer = new FoldingAnalyzer(UnaryOperator.identity());

	private final PerFieldAnalyzerWrapper perField;

	public PostingAnalyzers() {
		this.languages.put(TextLanguage.NB, new FoldingAnalyzer((tokens) -> new SnowballFilter(
				new StopFilter(tokens, NorwegianAnalyzer.getDefaultStopSet()), new NorwegianStemmer())));
		this.languages.put(TextLanguage.NN, new FoldingAnalyzer((tokens) -> new NorwegianLightStemFilter(
				new StopFilter(tokens, NorwegianAnalyzer.getDefaultStopSet()), NYNORSK)));
		this.languages.put(TextLanguage.SV, new FoldingAnalyzer((tokens) -> new SnowballFilter(
				new StopFilter(tokens, SwedishAnalyzer.getDefaultStopSet()), new SwedishStemmer())));
		this.languages.put(TextLanguage.FI, new FoldingAnalyzer((tokens) -> new SnowballFilter(
				new StopFilter(tokens, FinnishAnalyzer.getDefaultStopSet()), new FinnishStemmer())));
		this.languages.put(TextLanguage.EN, new FoldingAnalyzer(
				(tokens) -> new PorterStemFilter(new StopFilter(tokens, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
		this.languages.put(TextLanguage.OTHER, new FoldingAnalyzer(UnaryOperator.identity()));
		Map<String, Analyzer> fields = new HashMap<>();
		for (TextLanguage language : TextLanguage.values()) {
			fields.put(PostingFields.textField(PostingFields.TITLE, language), this.languages.get(language));
			fields.put(PostingFields.textField(PostingFields.DESCRIPTION, language), this.languages.get(language));
		}
		fields.put(PostingFields.EMPLOYER, this.employer);
		// keyword fields are not analysed; anything else gets the language-neutral chain
		this.perField = new PerFieldAnalyzerWrapper(this.languages.get(TextLanguage.OTHER), fields);
	}

	/**
	 * @param language a text language
	 * @return the analyzer of its title and description fields
	 */
	public Analyzer forLanguage(TextLanguage language) {
		return this.languages.get(language);
	}

	/**
	 * @return the analyzer of the employer field: no stop words, no stemming
	 */
	public Analyzer employer() {
		return this.employer;
	}

	/**
	 * @return an analyzer that analyses every text field of {@link PostingFields} with
	 * its own chain, for indexing and query parsing
	 */
	public Analyzer perField() {
		return this.perField;
	}

	@Override
	public void close() {
		this.languages.values().forEach(Analyzer::close);
		this.employer.close();
		this.perField.close();
	}

	/**
	 * Standard tokenizer, lower case, a language's own filters, ICU folding. Folding
	 * comes after stemming because the stemmers know the language's letters (å, ä, ø).
	 */
	private static final class FoldingAnalyzer extends Analyzer {

		private final UnaryOperator<TokenStream> language;

		FoldingAnalyzer(UnaryOperator<TokenStream> language) {
			this.language = language;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer tokenizer = new StandardTokenizer();
			TokenStream tokens = new ICUFoldingFilter(this.language.apply(new LowerCaseFilter(tokenizer)));
			return new TokenStreamComponents(tokenizer, tokens);
		}

		/** Prefix and fuzzy terms are neither stopped nor stemmed, only normalised. */
		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ICUFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
