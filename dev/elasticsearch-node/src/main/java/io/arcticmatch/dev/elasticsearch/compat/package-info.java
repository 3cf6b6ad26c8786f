/**
 * Stand-ins, in one classpath plugin, for the Elasticsearch modules Maven Central does
 * not publish (rest-root, reindex, analysis-common), as far as Arctic Match needs them.
 */
@NullMarked
package io.arcticmatch.dev.elasticsearch.compat;

import org.jspecify.annotations.NullMarked;
