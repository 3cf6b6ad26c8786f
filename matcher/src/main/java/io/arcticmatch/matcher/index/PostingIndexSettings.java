package io.arcticmatch.matcher.index;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which posting store to use and how to reach it.
 *
 * @param type the store: {@code lucene} (embedded default, no server) or
 * {@code elasticsearch}
 * @param lucene settings of the embedded Lucene index
 * @param elasticsearch settings of the Elasticsearch index (the connection itself is
 * {@code spring.elasticsearch.*})
 */
@Validated
@ConfigurationProperties("arctic.index")
public record PostingIndexSettings(@NotNull Type type, @NotNull @Valid Lucene lucene,
		@NotNull @Valid Elasticsearch elasticsearch) {

	public enum Type {

		LUCENE, ELASTICSEARCH

	}

	/**
	 * @param path the index folder, created when missing
	 */
	public record Lucene(@NotNull Path path) {
	}

	/**
	 * @param indexName the index (or alias) postings are written to and read from
	 * @param replicas replicas per shard; 0 on a single node
	 */
	public record Elasticsearch(@NotBlank String indexName, @Min(0) int replicas) {
	}

}
