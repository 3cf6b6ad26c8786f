package io.arcticmatch.dev.elasticsearch.compat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The token filters Arctic Match's posting analyzers use beyond the server core's
 * {@code lowercase} and {@code stop}: {@code stemmer} (analysis-common) and
 * {@code icu_folding} (the analysis-icu plugin). Each wraps the Lucene class the real one
 * wraps for the same setting, so an index's analysis settings mean the same here as on a
 * production node.
 */
final class TokenFilters {

	/**
	 * The {@code language} values of the {@code stemmer} filter that stand in here, with
	 * the Lucene filter analysis-common's {@code StemmerTokenFilterFactory} builds for
	 * each. Another language is one more entry.
	 */
	private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.ofEntries(
			Map.entry("porter", PorterStemFilter::new), Map.entry("english", PorterStemFilter::new),
			Map.entry("norwegian", (stream) -> new SnowballFilter(stream, new NorwegianStemmer())),
			Map.entry("light_norwegian", NorwegianLightStemFilter::new), Map.entry("light_nynorsk", nynorsk()::create),
			Map.entry("swedish", (stream) -> new SnowballFilter(stream, new SwedishStemmer())),
			Map.entry("finnish", (stream) -> new SnowballFilter(stream, new FinnishStemmer())));

	private TokenFilters() {
	}

	/**
	 * NorwegianLightStemFilter in its nynorsk variant; Lucene's factory names the
	 * variant, as its constant is not public.
	 */
	private static NorwegianLightStemFilterFactory nynorsk() {
		return new NorwegianLightStemFilterFactory(new HashMap<>(Map.of("variant", "nn")));
	}

	static Map<String, AnalysisProvider<TokenFilterFactory>> providers() {
		return Map.of("stemmer", TokenFilters::stemmer, "icu_folding",
				(indexSettings, environment, name, settings) -> new IcuFolding(name));
	}

	/**
	 * As analysis-common: {@code language}, or the older {@code name}, defaulting to
	 * Porter; an unknown language fails the index's creation.
	 */
	private static TokenFilterFactory stemmer(IndexSettings indexSettings, Environment environment, String name,
			Settings settings) {
		String language = settings.get("language", settings.get("name", "porter"));
		UnaryOperator<TokenStream> stemmer = STEMMERS.get(language.toLowerCase(Locale.ROOT));
		if (stemmer == null) {
			throw new IllegalArgumentException("The stand-in stemmer [%s] knows the languages %s, not [%s]"
				.formatted(name, STEMMERS.keySet(), language));
		}
		return new Stemmer(name, stemmer);
	}

	private static final class Stemmer extends AbstractTokenFilterFactory {

		private final UnaryOperator<TokenStream> filter;

		Stemmer(String name, UnaryOperator<TokenStream> filter) {
			super(name);
			this.filter = filter;
		}

		@Override
		public TokenStream create(TokenStream tokenStream) {
			return this.filter.apply(tokenStream);
		}

	}

	/**
	 * Like analysis-icu's, it also applies to the terms of prefix and wildcard queries
	 * ({@link NormalizingTokenFilterFactory}), so "tromsø*" finds "Tromsø".
	 */
	private static final class IcuFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

		IcuFolding(String name) {
			super(name);
		}

		@Override
		public TokenStream create(TokenStream tokenStream) {
			return new ICUFoldingFilter(tokenStream);
		}

	}

}
