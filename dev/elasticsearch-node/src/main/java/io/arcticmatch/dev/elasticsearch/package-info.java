/**
 * A single Elasticsearch node for development and tests, run in a JVM of its own by
 * {@link io.arcticmatch.dev.elasticsearch.ElasticsearchNodeLauncher}. Never a runtime
 * dependency of a product jar.
 */
@NullMarked
package io.arcticmatch.dev.elasticsearch;

import org.jspecify.annotations.NullMarked;
