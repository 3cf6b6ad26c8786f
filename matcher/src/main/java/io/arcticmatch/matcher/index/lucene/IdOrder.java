package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.arcticmatch.matcher.index.PostingFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Orders hits by posting id, as a {@link SortField.Type#STRING} sort on the id does, for
 * breaking ties after the score, a date or a distance. The index is sorted by id, so
 * within a segment the document order is the id order: a hit is kept as its segment and
 * document, and an id is only read when two hits of different segments tie, or for the
 * hits returned. Lucene's string comparator reads the id of every hit that enters the top
 * (a block of the terms dictionary decompressed each time), which over a search ranking
 * thousands of matches cost about as much as counting all their facets.
 */
final class IdOrder extends FieldComparatorSource {

	private final Sort indexSort;

	/**
	 * @param indexSort the index's sort; a segment not sorted so is compared by its ids
	 */
	IdOrder(Sort indexSort) {
		this.indexSort = indexSort;
	}

	/**
	 * @return a sort field ordering by id, ascending
	 */
	SortField sortField() {
		return new SortField(PostingFields.ID, this);
	}

	@Override
	public FieldComparator<BytesRef> newComparator(String fieldname, int numHits, Pruning pruning, boolean reversed) {
		return new Comparator(numHits);
	}

	private final class Comparator extends FieldComparator<BytesRef> implements LeafFieldComparator {

		private final LeafReaderContext[] segments;

		private final int[] docs;

		private final @Nullable BytesRef[] ids;

		private @Nullable LeafReaderContext segment;

		private boolean segmentSortedById;

		/** The current segment's ids, read forward as hits come in order. */
		private @Nullable SortedDocValues segmentIds;

		private int bottom;

		/**
		 * Where the bottom's id falls among the current segment's ids when it is of
		 * another segment, as {@link SortedDocValues#lookupTerm} tells; found when first
		 * needed.
		 */
		private int bottomOrd;

		private boolean bottomOrdKnown;

		private @Nullable BytesRef top;

		Comparator(int numHits) {
			this.segments = new LeafReaderContext[numHits];
			this.docs = new int[numHits];
			this.ids = new BytesRef[numHits];
		}

		@Override
		public int compare(int slot1, int slot2) {
			if (this.segments[slot1] == this.segments[slot2] && sortedById(this.segments[slot1])) {
				return Integer.compare(this.docs[slot1], this.docs[slot2]);
			}
			return id(slot1).compareTo(id(slot2));
		}

		@Override
		public void setTopValue(BytesRef value) {
			this.top = value;
		}

		@Override
		public BytesRef value(int slot) {
			return id(slot);
		}

		@Override
		public LeafFieldComparator getLeafComparator(LeafReaderContext context) {
			this.segment = context;
			this.segmentSortedById = sortedById(context);
			this.segmentIds = null;
			this.bottomOrdKnown = false;
			return this;
		}

		@Override
		public void setBottom(int slot) {
			this.bottom = slot;
			this.bottomOrdKnown = false;
		}

		@Override
		public int compareBottom(int doc) throws IOException {
			if (this.segments[this.bottom] == this.segment && this.segmentSortedById) {
				return Integer.compare(this.docs[this.bottom], doc);
			}
			if (!this.bottomOrdKnown) {
				this.bottomOrd = segmentIds().lookupTerm(id(this.bottom));
				this.bottomOrdKnown = true;
			}
			int docOrd = ordOf(doc);
			if (this.bottomOrd >= 0) {
				return Integer.compare(this.bottomOrd, docOrd);
			}
			// not in this segment: it sorts before the id of the insertion point
			return (docOrd >= -this.bottomOrd - 1) ? -1 : 1;
		}

		@Override
		public int compareTop(int doc) throws IOException {
			if (this.top == null) {
				throw new IllegalStateException("No top value to compare with");
			}
			return this.top.compareTo(segmentIds().lookupOrd(ordOf(doc)));
		}

		@Override
		public void copy(int slot, int doc) {
			this.segments[slot] = current();
			this.docs[slot] = doc;
			this.ids[slot] = null;
		}

		@Override
		public void setScorer(Scorable scorer) {
		}

		private LeafReaderContext current() {
			if (this.segment == null) {
				throw new IllegalStateException("No segment to compare in");
			}
			return this.segment;
		}

		private SortedDocValues segmentIds() throws IOException {
			if (this.segmentIds == null) {
				this.segmentIds = DocValues.getSorted(current().reader(), PostingFields.ID);
			}
			return this.segmentIds;
		}

		private int ordOf(int doc) throws IOException {
			SortedDocValues ids = segmentIds();
			if (ids.docID() != doc && !ids.advanceExact(doc)) {
				throw new IllegalStateException("Posting document %d has no id".formatted(doc));
			}
			return ids.ordValue();
		}

		private boolean sortedById(LeafReaderContext context) {
			return IdOrder.this.indexSort.equals(context.reader().getMetaData().sort());
		}

		private BytesRef id(int slot) {
			BytesRef id = this.ids[slot];
			if (id == null) {
				try {
					id = idOf(this.segments[slot], this.docs[slot]);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.ids[slot] = id;
			}
			return id;
		}

		/** Reads a document's id: rarely, so a fresh iterator each time. */
		private static BytesRef idOf(LeafReaderContext context, int doc) throws IOException {
			SortedDocValues ids = DocValues.getSorted(context.reader(), PostingFields.ID);
			if (!ids.advanceExact(doc)) {
				throw new IllegalStateException("Posting document %d has no id".formatted(doc));
			}
			return BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
		}

	}

}
