/**
 * The test side: {@link io.arcticmatch.dev.elasticsearch.junit.WithElasticsearchNode}
 * starts one Elasticsearch node per test JVM in a child JVM and hands its address to
 * JUnit tests and Spring test contexts. Nothing here touches an Elasticsearch class: the
 * test JVM has none.
 */
@NullMarked
package io.arcticmatch.dev.elasticsearch.junit;

import org.jspecify.annotations.NullMarked;
