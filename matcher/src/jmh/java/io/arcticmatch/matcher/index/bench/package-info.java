/**
 * The search benchmark of issue 6: generated postings of the three countries in a Lucene
 * posting index, a seeded mix of faceted searches, and bare Lucene queries as the
 * baseline.
 */
package io.arcticmatch.matcher.index.bench;
