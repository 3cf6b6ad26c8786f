package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.posting.PostingStatus;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The postings a search may show: active, and open for applications at the search's
 * minute. Every search filters on both, and they hold for nine postings in ten, so a term
 * query and a deadline range intersected anew by every search cost more than the rest of
 * a search without text. Here a segment's open postings are marked in a bit set once per
 * minute and each search reads the bits.
 * <p>
 * The bits are kept per segment core: a segment's documents never change, a new posting
 * comes in a new segment, and a deleted one is left out by the segment's live documents,
 * which every search applies anyway. When the minute moves on, the next bits are the last
 * ones less the postings whose deadline fell in between, a small range of the deadline's
 * points.
 */
final class OpenPostings {

	private static final BytesRef ACTIVE = new BytesRef(PostingStatus.ACTIVE.name());

	/** Per segment core: its open postings at the latest search time asked for. */
	private final Map<IndexReader.CacheKey, Marked> segments = new ConcurrentHashMap<>();

	/**
	 * @param searchTime the search's time, as {@link PostingFields#searchTime} gives it
	 * @return a filter on the postings open at that time; equal for equal times, so a
	 * search's counts can be cached by its query
	 */
	Query at(long searchTime) {
		return new OpenQuery(this, searchTime);
	}

	/**
	 * @param segment a segment
	 * @param searchTime the search's time
	 * @return the segment's active postings whose deadline is not before the time,
	 * deleted ones included
	 * @throws IOException if the segment cannot be read
	 */
	Marked in(LeafReader segment, long searchTime) throws IOException {
		IndexReader.CacheHelper core = segment.getCoreCacheHelper();
		if (core == null) {
			return mark(segment, searchTime);
		}
		Marked last = this.segments.get(core.getKey());
		if (last != null && last.searchTime() == searchTime) {
			return last;
		}
		Marked marked = (last != null && last.searchTime() < searchTime) ? last.after(segment, searchTime)
				: mark(segment, searchTime);
		// a search that started a minute earlier must not set the bits back
		Marked kept = this.segments.merge(core.getKey(), marked,
				(old, fresh) -> (fresh.searchTime() > old.searchTime()) ? fresh : old);
		if (last == null && kept == marked) {
			core.addClosedListener(this.segments::remove);
		}
		return marked;
	}

	private static Marked mark(LeafReader segment, long searchTime) throws IOException {
		FixedBitSet bits = new FixedBitSet(segment.maxDoc());
		Terms statuses = segment.terms(PostingFields.STATUS);
		if (statuses != null) {
			TermsEnum terms = statuses.iterator();
			if (terms.seekExact(ACTIVE)) {
				bits.or(terms.postings(null, PostingsEnum.NONE));
			}
		}
		unmarkDeadlines(segment, bits, Long.MIN_VALUE, searchTime - 1);
		return new Marked(searchTime, bits, bits.cardinality());
	}

	/** Clears the postings whose deadline lies from {@code from} to {@code to}. */
	private static void unmarkDeadlines(LeafReader segment, FixedBitSet bits, long from, long to) throws IOException {
		if (from > to) {
			return;
		}
		IndexSearcher searcher = new IndexSearcher(segment);
		searcher.setQueryCache(null);
		Query passed = LongPoint.newRangeQuery(PostingFields.DEADLINE, from, to);
		Weight weight = searcher.createWeight(searcher.rewrite(passed), ScoreMode.COMPLETE_NO_SCORES, 1);
		LeafReaderContext leaf = searcher.getIndexReader().leaves().getFirst();
		Scorer scorer = weight.scorer(leaf);
		if (scorer == null) {
			return;
		}
		DocIdSetIterator docs = scorer.iterator();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			bits.clear(doc);
		}
	}

	/**
	 * A segment's open postings at a search time.
	 *
	 * @param searchTime the time
	 * @param bits the open postings, read only once made
	 * @param count how many bits are set
	 */
	record Marked(long searchTime, FixedBitSet bits, int count) {

		/** The open postings at a later time: these less those that closed meanwhile. */
		Marked after(LeafReader segment, long later) throws IOException {
			FixedBitSet next = this.bits.clone();
			unmarkDeadlines(segment, next, this.searchTime, later - 1);
			return new Marked(later, next, next.cardinality());
		}

	}

	/**
	 * The filter: matches the marked postings of each segment, with a constant score. Not
	 * cached by Lucene's query cache, which would only copy the bits.
	 */
	private static final class OpenQuery extends Query {

		private final OpenPostings postings;

		private final long searchTime;

		OpenQuery(OpenPostings postings, long searchTime) {
			this.postings = postings;
			this.searchTime = searchTime;
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
			return new ConstantScoreWeight(this, boost) {

				@Override
				public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
					Marked marked = OpenQuery.this.postings.in(context.reader(), OpenQuery.this.searchTime);
					if (marked.count() == 0) {
						return null;
					}
					return ConstantScoreScorerSupplier.fromIterator(new BitSetIterator(marked.bits(), marked.count()),
							score(), scoreMode, context.reader().maxDoc());
				}

				@Override
				public boolean isCacheable(LeafReaderContext context) {
					return false;
				}

			};
		}

		@Override
		public String toString(String field) {
			return "open(" + this.searchTime + ")";
		}

		@Override
		public void visit(QueryVisitor visitor) {
			visitor.visitLeaf(this);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return sameClassAs(other) && ((OpenQuery) other).searchTime == this.searchTime
					&& ((OpenQuery) other).postings == this.postings;
		}

		@Override
		public int hashCode() {
			return 31 * classHash() + Objects.hash(this.postings, this.searchTime);
		}

	}

}
