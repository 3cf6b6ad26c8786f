package io.arcticmatch.dev.elasticsearch.compat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/**
 * Stands in for the parts of Elasticsearch's bundled modules that Maven Central does not
 * publish and Arctic Match needs: {@code GET /} and {@code HEAD /} (rest-root),
 * {@code _delete_by_query} (reindex), the language analyzers and the {@code stemmer}
 * token filter (analysis-common) and the {@code icu_folding} token filter (the
 * analysis-icu plugin, which production installs).
 */
public class StandInModulesPlugin extends Plugin implements ActionPlugin, AnalysisPlugin {

	private final SetOnce<ClusterService> clusterService = new SetOnce<>();

	@Override
	public Collection<?> createComponents(PluginServices services) {
		this.clusterService.set(services.clusterService());
		return List.of();
	}

	@Override
	public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodes,
			Predicate<NodeFeature> clusterSupportsFeature) {
		return List.of(new ClusterInfoRestHandler(this.clusterService::get),
				new DeleteByQueryRestHandler(clusterSupportsFeature));
	}

	@Override
	public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
		return LanguageAnalyzers.providers();
	}

	@Override
	public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
		return TokenFilters.providers();
	}

}
