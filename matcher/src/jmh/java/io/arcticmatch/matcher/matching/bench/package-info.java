/**
 * Benchmarks of matching: a profile's top 20 postings over a Lucene index of generated
 * postings, and an opening's top 50 candidates among generated profiles.
 */
@NullMarked
package io.arcticmatch.matcher.matching.bench;

import org.jspecify.annotations.NullMarked;
