package io.arcticmatch.matcher.posting;

/**
 * How many matching postings have one value of a facet.
 *
 * @param value the value, as the filter takes it
 * @param count the number of matching postings
 */
public record FacetCount(String value, long count) {
}
