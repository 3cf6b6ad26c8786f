/**
 * The posting store for deployments: an Elasticsearch index reached through Spring Data
 * Elasticsearch.
 */
@NullMarked
package io.arcticmatch.matcher.index.elasticsearch;

import org.jspecify.annotations.NullMarked;
