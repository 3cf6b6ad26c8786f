/**
 * The two {@link io.arcticmatch.matcher.posting.PostingIndex} stores, Lucene on local
 * disk and Elasticsearch, the Spring configuration that picks one from
 * {@code arctic.index.type}, and what both share so that a search means the same in each:
 * the fields ({@link io.arcticmatch.matcher.index.PostingFields}), the concepts named in
 * a search text ({@link io.arcticmatch.matcher.index.QueryInterpreter}) and the clauses
 * they become ({@link io.arcticmatch.matcher.index.TextClauses}).
 */
@NullMarked
package io.arcticmatch.matcher.index;

import org.jspecify.annotations.NullMarked;
