/**
 * The two {@link io.arcticmatch.matcher.posting.PostingIndex} stores, Lucene on local
 * disk and Elasticsearch, and the Spring configuration that picks one from
 * {@code arctic.index.type}.
 */
@NullMarked
package io.arcticmatch.matcher.index;

import org.jspecify.annotations.NullMarked;
