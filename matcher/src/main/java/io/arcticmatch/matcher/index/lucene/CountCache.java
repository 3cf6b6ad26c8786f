package io.arcticmatch.matcher.index.lucene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * The counts of recent searches (matches and facet values), per searcher's reader, as
 * Solr's filter and result caches keep them: the same text and filters match the same
 * postings on every page and in every order, and a search that needs no counting can stop
 * at its page instead of visiting every match. A reader never changes, so its counts stay
 * right until the reader is closed, which drops them; a new posting or a deletion opens a
 * new reader with none. The query is the key: it holds the text's clauses and the
 * filters, including the deadline and "published within" bounds, which move with the
 * clock's minute, so counts are not kept across minutes either.
 */
final class CountCache {

	private final int capacity;

	private final Map<IndexReader.CacheKey, Recent> readers = new ConcurrentHashMap<>();

	/**
	 * @param capacity the most searches kept per reader; the least recently used go
	 */
	CountCache(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * @param reader the reader searched
	 * @param query the search, without page or order
	 * @return what the search counted in this reader before, or null
	 */
	FacetCounter.@Nullable Counts get(IndexReader reader, Query query) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return null;
		}
		Recent recent = this.readers.get(helper.getKey());
		return (recent != null) ? recent.get(query) : null;
	}

	/**
	 * @param reader the reader searched
	 * @param query the search, without page or order
	 * @param counts what it counted
	 */
	void put(IndexReader reader, Query query, FacetCounter.Counts counts) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return;
		}
		this.readers.computeIfAbsent(helper.getKey(), (key) -> {
			helper.addClosedListener(this.readers::remove);
			return new Recent(this.capacity);
		}).put(query, counts);
	}

	/** The counts of one reader, least recently used first. */
	private static final class Recent {

		private final Map<Query, FacetCounter.Counts> counts;

		Recent(int capacity) {
			this.counts = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<Query, FacetCounter.Counts> eldest) {
					return size() > capacity;
				}

			};
		}

		synchronized FacetCounter.@Nullable Counts get(Query query) {
			return this.counts.get(query);
		}

		synchronized void put(Query query, FacetCounter.Counts counts) {
			this.counts.put(query, counts);
		}

	}

}
