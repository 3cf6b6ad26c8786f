package io.arcticmatch.matcher.posting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores postings and finds them again. Two implementations behave the same and pass one
 * contract test suite: Elasticsearch for deployments and a Lucene index on local disk for
 * the embedded default.
 */
public interface PostingIndex {

	/**
	 * Adds postings or replaces those with the same id. When this returns, the postings
	 * are durable and visible to searches.
	 * @param postings the postings to store
	 * @throws PostingIndexUnavailable when the store cannot take them; none of them is
	 * then guaranteed stored, so the caller keeps them for a retry
	 */
	void save(Collection<JobPosting> postings);

	/**
	 * Removes a posting; removing one that is not there does nothing.
	 * @param id the posting to remove
	 */
	void delete(PostingId id);

	Optional<JobPosting> findById(PostingId id);

	/**
	 * Searches active postings.
	 * @param query what to look for
	 * @return the requested page in the query's order (ties by id, so pages are stable),
	 * with facet counts
	 */
	PostingPage search(PostingQuery query);

	/**
	 * The same search, with the page's postings possibly {@link JobPosting#shortened()
	 * shortened} (no description, links or guesses): for a list that shows none of those,
	 * such as the search page's cards. An index may keep the shortened postings apart and
	 * read them at a fraction of the cost of whole ones; this default gives whole
	 * postings.
	 * @param query what to look for, which page, in which order
	 * @return the page, as {@link #search} gives it but for the postings' shortened parts
	 */
	default PostingPage searchShortened(PostingQuery query) {
		return search(query);
	}

	/**
	 * The first postings a search finds, in its order, as its pages would give them one
	 * after the other, but without facet counts: for re-ranking candidates, where only
	 * the postings count. An index may find them in one pass; this default pages through
	 * {@link #search}.
	 * @param query what to look for; its page and size are ignored
	 * @param limit how many postings at most, up to
	 * {@link PostingQuery#MAX_RESULT_WINDOW}
	 * @return the postings, in the query's order
	 */
	default List<JobPosting> firstMatches(PostingQuery query, int limit) {
		int wanted = Math.min(limit, PostingQuery.MAX_RESULT_WINDOW);
		int size = Math.max(1, Math.min(wanted, PostingQuery.MAX_PAGE_SIZE));
		List<JobPosting> found = new ArrayList<>();
		for (int page = 0; found.size() < wanted
				&& (long) (page + 1) * size <= PostingQuery.MAX_RESULT_WINDOW; page++) {
			PostingPage results = search(query.page(page, size));
			found.addAll(results.postings());
			if ((long) (page + 1) * size >= results.totalHits()) {
				break;
			}
		}
		return List.copyOf(found.subList(0, Math.min(wanted, found.size())));
	}

	/**
	 * The same postings as {@link #firstMatches}, in the same order, but each perhaps
	 * {@link JobPosting#shortened() shortened}: enough to score them, for re-ranking many
	 * candidates of which few are shown. An index may keep the shortened postings apart
	 * and read them at a fraction of the cost of whole ones; this default gives whole
	 * postings. {@link #whole} gives the whole postings of the few that are shown.
	 * @param query what to look for; its page and size are ignored
	 * @param limit how many postings at most, up to
	 * {@link PostingQuery#MAX_RESULT_WINDOW}
	 * @return the postings, in the query's order, whole or shortened
	 */
	default List<JobPosting> firstMatchesToScore(PostingQuery query, int limit) {
		return firstMatches(query, limit);
	}

	/**
	 * The whole postings of postings that may be {@link JobPosting#shortened()
	 * shortened}, as {@link #firstMatchesToScore} gives them.
	 * @param postings postings found by this index
	 * @return their whole postings as stored now, in the same order; a posting no longer
	 * stored is given as it was passed
	 */
	default List<JobPosting> whole(List<JobPosting> postings) {
		return List.copyOf(postings);
	}

	/**
	 * Active postings most like a given one: the same occupation first, then the same
	 * occupation group, then similar titles.
	 * @param id the posting to start from
	 * @param limit how many at most
	 * @return similar active postings, most similar first, never the posting itself;
	 * empty when the posting is unknown
	 */
	List<JobPosting> similarTo(PostingId id, int limit);

	/**
	 * Counts every stored posting, active or not.
	 * @return the number of postings
	 */
	long count();

	/**
	 * Checks that the store answers, for health reporting.
	 * @return a short description of the store, e.g. its location and size
	 * @throws PostingIndexUnavailable when it does not answer
	 */
	String describe();

}
