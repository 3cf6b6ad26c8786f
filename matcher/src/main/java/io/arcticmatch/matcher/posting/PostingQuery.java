package io.arcticmatch.matcher.posting;

import io.arcticmatch.matcher.concepts.place.Country;
import java.util.Set;

/**
 * A search for active postings: free text over title, employer and ad text, optionally
 * narrowed to some countries, one page at a time.
 *
 * @param text words to look for; blank finds every active posting
 * @param countries the countries to keep; empty keeps all
 * @param page zero-based page number
 * @param size postings per page
 */
public record PostingQuery(String text, Set<Country> countries, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	public PostingQuery {
		countries = Set.copyOf(countries);
		if (page < 0) {
			throw new IllegalArgumentException("The page number starts at 0, not " + page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("A page holds 1 to %d postings, not %d".formatted(MAX_PAGE_SIZE, size));
		}
	}

	public static PostingQuery text(String text) {
		return new PostingQuery(text, Set.of(), 0, 20);
	}

	public PostingQuery inCountries(Country... countries) {
		return new PostingQuery(this.text, Set.of(countries), this.page, this.size);
	}

	public PostingQuery page(int page, int size) {
		return new PostingQuery(this.text, this.countries, page, size);
	}

	int offset() {
		return this.page * this.size;
	}

}
