package io.arcticmatch.matcher.posting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, best first, with facet counts over all matching postings.
 *
 * @param postings the postings on this page
 * @param totalHits how many active postings match in all
 * @param page the zero-based page number
 * @param size the requested page size
 * @param facets per facet, its values among all matching postings, most frequent first
 * (ties by value), at most {@link #FACET_VALUES} each; facets without values are absent;
 * in the facets' declared order, so that pages and their JSON read the same on every run
 */
public record PostingPage(List<JobPosting> postings, long totalHits, int page, int size,
		Map<Facet, List<FacetCount>> facets) {

	/** The most values a facet lists. */
	public static final int FACET_VALUES = 30;

	public PostingPage {
		postings = List.copyOf(postings);
		Map<Facet, List<FacetCount>> ordered = new EnumMap<>(Facet.class);
		facets.forEach((facet, counts) -> ordered.put(facet, List.copyOf(counts)));
		facets = Collections.unmodifiableMap(ordered);
	}

	public long totalPages() {
		return (this.totalHits + this.size - 1) / this.size;
	}

	/**
	 * @param facet a facet
	 * @return its counts, empty when no matching posting has a value for it
	 */
	public List<FacetCount> facet(Facet facet) {
		return this.facets.getOrDefault(facet, List.of());
	}

}
