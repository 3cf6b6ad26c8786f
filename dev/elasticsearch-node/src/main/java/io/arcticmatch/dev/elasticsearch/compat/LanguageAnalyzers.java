package io.arcticmatch.dev.elasticsearch.compat;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * The language analyzers of analysis-common that Arctic Match uses, built like
 * analysis-common builds them: the same Lucene analyzer classes, with its
 * {@code stopwords}, {@code stopwords_path} and {@code stem_exclusion} settings. Another
 * language is one more entry.
 */
final class LanguageAnalyzers {

	private LanguageAnalyzers() {
	}

	static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> providers() {
		return Map.ofEntries(
				Map.entry("norwegian", language(NorwegianAnalyzer::getDefaultStopSet, NorwegianAnalyzer::new)),
				Map.entry("swedish", language(SwedishAnalyzer::getDefaultStopSet, SwedishAnalyzer::new)),
				Map.entry("finnish", language(FinnishAnalyzer::getDefaultStopSet, FinnishAnalyzer::new)),
				Map.entry("english", language(EnglishAnalyzer::getDefaultStopSet, EnglishAnalyzer::new)));
	}

	private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> language(
			Supplier<CharArraySet> defaultStopWords, BiFunction<CharArraySet, CharArraySet, Analyzer> analyzer) {
		return (indexSettings, environment, name, settings) -> new Provider(name,
				analyzer.apply(Analysis.parseStopWords(environment, settings, defaultStopWords.get()),
						Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)));
	}

	private static final class Provider extends AbstractIndexAnalyzerProvider<Analyzer> {

		private final Analyzer analyzer;

		Provider(String name, Analyzer analyzer) {
			super(name);
			this.analyzer = analyzer;
		}

		@Override
		public Analyzer get() {
			return this.analyzer;
		}

	}

}
