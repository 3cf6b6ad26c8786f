package io.arcticmatch.matcher.posting;

import java.util.List;

/**
 * One page of search results, best first.
 *
 * @param postings the postings on this page
 * @param totalHits how many active postings match in all
 * @param page the zero-based page number
 * @param size the requested page size
 */
public record PostingPage(List<JobPosting> postings, long totalHits, int page, int size) {

	public PostingPage {
		postings = List.copyOf(postings);
	}

	public long totalPages() {
		return (this.totalHits + this.size - 1) / this.size;
	}

}
