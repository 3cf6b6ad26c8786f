/**
 * JMH benchmarks and a footprint measurement of the concept layer: loading, typeahead.
 * Run through the {@code bench} profile; see docs/benchmarks.md.
 */
package io.arcticmatch.matcher.concepts.jmh;
