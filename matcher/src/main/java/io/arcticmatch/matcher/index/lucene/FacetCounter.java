package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.FacetCount;
import io.arcticmatch.matcher.posting.PostingPage;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Counts the matches of a search and their facet values, from per-document value numbers
 * held on the heap.
 * <p>
 * Why not lucene-facet's counters: they walk each facet's doc values after the search,
 * and over a million matches that costs several times what the search itself does. Here a
 * segment's facet values are read once, when the segment first shows up (merged segments
 * before they are published, see {@link #warm(LeafReader)}), together with how often each
 * value occurs in the whole segment. A search marks its matches in a bit set and then
 * counts, one facet at a time in tight loops, either the matches or, when they are most
 * of the segment (a search without text), the rest, subtracted from the segment's totals.
 * The cost is about 40 bytes of heap per posting.
 */
final class FacetCounter {

	private static final Facet[] FACETS = Facet.values();

	private static final Comparator<FacetCount> MOST_FREQUENT_FIRST = Comparator.comparingLong(FacetCount::count)
		.reversed()
		.thenComparing(FacetCount::value);

	/** Per segment core: segments never change, so their values stay valid. */
	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();

	/**
	 * Reads a segment's facet values unless already read; for the index writer's merged
	 * segment warmer and for every segment of a new searcher.
	 * @param segment a segment
	 * @throws IOException if the segment cannot be read
	 */
	void warm(LeafReader segment) throws IOException {
		try {
			valuesOf(segment);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * @return a collector manager for one search: it counts the matches and their facet
	 * values
	 */
	CollectorManager<Collector, Counts> newSearch() {
		return new Search();
	}

	private SegmentValues valuesOf(LeafReader segment) {
		IndexReader.CacheHelper core = segment.getCoreCacheHelper();
		if (core == null) {
			return SegmentValues.read(segment);
		}
		return this.segments.computeIfAbsent(core.getKey(), (key) -> {
			core.addClosedListener(this.segments::remove);
			return SegmentValues.read(segment);
		});
	}

	/**
	 * What a search counted.
	 *
	 * @param hits the number of matches
	 * @param facets per facet, its most frequent values, as {@link PostingPage} shows
	 * them
	 */
	record Counts(long hits, Map<Facet, List<FacetCount>> facets) {

	}

	/**
	 * Every facet's value numbers in one segment. Value number 0 stands for no value; the
	 * others are the doc values' ordinals plus one. A single-valued facet maps a document
	 * to its number; a multi-valued one keeps the numbers of document {@code d} in
	 * {@code numbers[starts[d]]} up to {@code numbers[starts[d + 1]]}. {@code totals}
	 * counts each value number over all documents of the segment, deleted or not.
	 */
	private record SegmentValues(int maxDoc, String[][] values, int[] @Nullable [] starts, int[][] numbers,
			int[][] totals) {

		static SegmentValues read(LeafReader segment) {
			int maxDoc = segment.maxDoc();
			String[][] values = new String[FACETS.length][];
			int[][] starts = new int[FACETS.length][];
			int[][] numbers = new int[FACETS.length][];
			try {
				for (int f = 0; f < FACETS.length; f++) {
					SortedSetDocValues docValues = DocValues.getSortedSet(segment, PostingFields.facetField(FACETS[f]));
					values[f] = new String[Math.toIntExact(docValues.getValueCount())];
					for (int ord = 0; ord < values[f].length; ord++) {
						values[f][ord] = docValues.lookupOrd(ord).utf8ToString();
					}
					SortedDocValues single = DocValues.unwrapSingleton(docValues);
					if (single != null) {
						numbers[f] = new int[maxDoc];
						for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
							numbers[f][doc] = single.ordValue() + 1;
						}
					}
					else {
						readMultiValued(docValues, maxDoc, f, starts, numbers);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			SegmentValues segmentValues = new SegmentValues(maxDoc, values, starts, numbers, emptyCounts(values));
			int[] all = new int[maxDoc];
			Arrays.setAll(all, (doc) -> doc);
			segmentValues.count(all, maxDoc, segmentValues.totals);
			return segmentValues;
		}

		private static void readMultiValued(SortedSetDocValues docValues, int maxDoc, int f, int[][] starts,
				int[][] numbers) throws IOException {
			int[] begin = new int[maxDoc + 1];
			int[] ords = new int[Math.toIntExact(Math.max(16, docValues.cost()))];
			int count = 0;
			int next = 0;
			for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
				Arrays.fill(begin, next, doc + 1, count);
				int docCount = docValues.docValueCount();
				if (count + docCount > ords.length) {
					ords = Arrays.copyOf(ords, Math.max(ords.length * 2, count + docCount));
				}
				for (int i = 0; i < docCount; i++) {
					// a segment's ordinals are below its number of values, an int
					ords[count++] = (int) docValues.nextOrd() + 1;
				}
				next = doc + 1;
			}
			Arrays.fill(begin, next, maxDoc + 1, count);
			starts[f] = begin;
			numbers[f] = Arrays.copyOf(ords, count);
		}

		static int[][] emptyCounts(String[][] values) {
			int[][] counts = new int[FACETS.length][];
			for (int f = 0; f < FACETS.length; f++) {
				counts[f] = new int[values[f].length + 1];
			}
			return counts;
		}

		/**
		 * Adds the value numbers of some documents to counts, one facet at a time: a
		 * tight loop per facet runs several times faster than all facets per document.
		 */
		void count(int[] docs, int size, int[][] counts) {
			for (int f = 0; f < FACETS.length; f++) {
				int[] facetCounts = counts[f];
				int[] facetNumbers = this.numbers[f];
				int[] facetStarts = this.starts[f];
				if (facetStarts == null) {
					for (int i = 0; i < size; i++) {
						facetCounts[facetNumbers[docs[i]]]++;
					}
				}
				else {
					for (int i = 0; i < size; i++) {
						for (int j = facetStarts[docs[i]], end = facetStarts[docs[i] + 1]; j < end; j++) {
							facetCounts[facetNumbers[j]]++;
						}
					}
				}
			}
		}

	}

	/** One search: a collector per thread, each counting the segments it is given. */
	private final class Search implements CollectorManager<Collector, Counts> {

		@Override
		public Collector newCollector() {
			return new Counting();
		}

		@Override
		public Counts reduce(Collection<Collector> collectors) {
			long hits = 0;
			List<Map<String, Long>> byFacet = new ArrayList<>(FACETS.length);
			for (int f = 0; f < FACETS.length; f++) {
				byFacet.add(new HashMap<>());
			}
			for (Collector collector : collectors) {
				for (SegmentCounting segment : ((Counting) collector).segments) {
					hits += segment.hits;
					int[][] counts = segment.counts();
					for (int f = 0; f < FACETS.length; f++) {
						String[] values = segment.values.values()[f];
						for (int number = 1; number < counts[f].length; number++) {
							if (counts[f][number] > 0) {
								byFacet.get(f).merge(values[number - 1], (long) counts[f][number], Long::sum);
							}
						}
					}
				}
			}
			Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
			for (int f = 0; f < FACETS.length; f++) {
				if (!byFacet.get(f).isEmpty()) {
					facets.put(FACETS[f],
							byFacet.get(f)
								.entrySet()
								.stream()
								.map((entry) -> new FacetCount(entry.getKey(), entry.getValue()))
								.sorted(MOST_FREQUENT_FIRST)
								.limit(PostingPage.FACET_VALUES)
								.toList());
				}
			}
			return new Counts(hits, facets);
		}

	}

	private final class Counting implements Collector {

		private final List<SegmentCounting> segments = new ArrayList<>();

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) {
			SegmentCounting segment = new SegmentCounting(valuesOf(context.reader()));
			this.segments.add(segment);
			return segment;
		}

	}

	/** Marks a segment's matches, to count them once the segment is done. */
	private static final class SegmentCounting implements LeafCollector {

		private static final int BATCH = 1024;

		private final SegmentValues values;

		private final FixedBitSet matches;

		private long hits;

		private int @Nullable [][] counts;

		SegmentCounting(SegmentValues values) {
			this.values = values;
			this.matches = new FixedBitSet(values.maxDoc());
		}

		@Override
		public void setScorer(Scorable scorer) {
		}

		@Override
		public void collect(int doc) {
			this.matches.set(doc);
			this.hits++;
		}

		/** Counts in the searching thread, so segments searched in parallel count so. */
		@Override
		public void finish() {
			this.counts = count();
		}

		/**
		 * @return per facet, the matches of each value number
		 */
		int[][] counts() {
			return (this.counts != null) ? this.counts : count();
		}

		private int[][] count() {
			int[][] counts = SegmentValues.emptyCounts(this.values.values());
			int maxDoc = this.values.maxDoc();
			// counting the rest costs less when the matches are most of the segment
			boolean rest = this.hits * 2 > maxDoc;
			long[] words = this.matches.getBits();
			int[] docs = new int[BATCH];
			int size = 0;
			for (int w = 0; w < FixedBitSet.bits2words(maxDoc); w++) {
				long word = rest ? ~words[w] : words[w];
				if (rest && w == FixedBitSet.bits2words(maxDoc) - 1 && maxDoc % Long.SIZE != 0) {
					// the bits past the segment's last document are not documents
					word &= -1L >>> (Long.SIZE - maxDoc % Long.SIZE);
				}
				while (word != 0) {
					docs[size++] = w * Long.SIZE + Long.numberOfTrailingZeros(word);
					word &= word - 1;
					if (size == BATCH) {
						this.values.count(docs, size, counts);
						size = 0;
					}
				}
			}
			this.values.count(docs, size, counts);
			if (rest) {
				for (int f = 0; f < FACETS.length; f++) {
					for (int number = 0; number < counts[f].length; number++) {
						counts[f][number] = this.values.totals()[f][number] - counts[f][number];
					}
				}
			}
			return counts;
		}

	}

}
