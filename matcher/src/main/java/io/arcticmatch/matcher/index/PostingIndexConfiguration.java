package io.arcticmatch.matcher.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.elasticsearch.ElasticsearchPostingIndex;
import io.arcticmatch.matcher.index.lucene.LucenePostingIndex;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.apache.lucene.store.FSDirectory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;

/**
 * Provides the {@link PostingIndex} that {@code arctic.index.type} names, and its health.
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration")
@EnableConfigurationProperties(PostingIndexSettings.class)
public class PostingIndexConfiguration {

	@Bean
	QueryInterpreter queryInterpreter(Concepts concepts) {
		return new QueryInterpreter(concepts);
	}

	/**
	 * Exchange rates for salary filters; a bean of its own replaces these.
	 */
	@Bean
	@ConditionalOnMissingBean
	CurrencyRates currencyRates() {
		return CurrencyRates.nordic();
	}

	@Bean
	HealthIndicator postingIndexHealthIndicator(PostingIndex index) {
		return new PostingIndexHealthIndicator(index);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "arctic.index.type", havingValue = "lucene", matchIfMissing = true)
	static class Lucene {

		@Bean(destroyMethod = "close")
		LucenePostingIndex postingIndex(PostingIndexSettings settings, ObjectProvider<Clock> clock,
				QueryInterpreter interpreter, CurrencyRates rates) {
			try {
				var path = Files.createDirectories(settings.lucene().path());
				return new LucenePostingIndex(FSDirectory.open(path), clock.getIfAvailable(Clock::systemUTC),
						interpreter, rates);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot open the posting index folder " + settings.lucene().path(), ex);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "arctic.index.type", havingValue = "elasticsearch")
	static class Elasticsearch {

		@Bean
		ElasticsearchPostingIndex postingIndex(ElasticsearchOperations operations, PostingIndexSettings settings,
				JsonMapper json, ObjectProvider<Clock> clock, QueryInterpreter interpreter, CurrencyRates rates) {
			var index = new ElasticsearchPostingIndex(operations, settings.elasticsearch().indexName(),
					settings.elasticsearch().replicas(), json, clock.getIfAvailable(Clock::systemUTC), interpreter,
					rates);
			index.createIndexIfMissing();
			return index;
		}

	}

}
