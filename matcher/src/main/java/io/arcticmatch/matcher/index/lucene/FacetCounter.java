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
import java.util.TreeSet;
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
import org.apache.lucene.search.DocIdStream;
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
 * <p>
 * Value numbers take as little room as the facet allows (a byte for a country, two for a
 * municipality; a bit mask for a facet of few values with several per posting, such as
 * working languages), so that counting reads less memory: about 16 bytes of heap per
 * posting. Each searcher's segments share one numbering of all values per facet
 * ({@link #warm(IndexReader)}), so merging the segments' counts adds arrays instead of
 * looking values up.
 */
final class FacetCounter {

	private static final Facet[] FACETS = Facet.values();

	private static final Comparator<FacetCount> MOST_FREQUENT_FIRST = Comparator.comparingLong(FacetCount::count)
		.reversed()
		.thenComparing(FacetCount::value);

	/** Per segment core: segments never change, so their values stay valid. */
	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();

	/** Per searcher's reader: the numbering of all its segments' values. */
	private final Map<IndexReader.CacheKey, ReaderValues> readers = new ConcurrentHashMap<>();

	/**
	 * Reads a segment's facet values unless already read; for the index writer's merged
	 * segment warmer.
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
	 * Reads the facet values of a new searcher's segments and numbers them across
	 * segments, so no search pays for it.
	 * @param reader the searcher's reader
	 * @throws IOException if a segment cannot be read
	 */
	void warm(IndexReader reader) throws IOException {
		try {
			valuesOf(reader);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * @param reader the reader searched
	 * @return a collector manager for one search: it counts the matches and their facet
	 * values
	 */
	CollectorManager<Collector, Counts> newSearch(IndexReader reader) {
		return new Search(valuesOf(reader));
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

	private ReaderValues valuesOf(IndexReader reader) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return readValues(reader);
		}
		return this.readers.computeIfAbsent(helper.getKey(), (key) -> {
			helper.addClosedListener(this.readers::remove);
			return readValues(reader);
		});
	}

	private ReaderValues readValues(IndexReader reader) {
		List<LeafReaderContext> leaves = reader.leaves();
		SegmentValues[] segments = new SegmentValues[leaves.size()];
		for (LeafReaderContext leaf : leaves) {
			segments[leaf.ord] = valuesOf(leaf.reader());
		}
		return ReaderValues.of(segments);
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
	 * The values of all segments of a reader, per facet in one numbering: {@code values}
	 * holds them in order, and a segment's value number {@code n} (1 and up) is
	 * {@code global[segment][facet][n]} there.
	 */
	private record ReaderValues(SegmentValues[] segments, String[][] values, int[][][] global) {

		static ReaderValues of(SegmentValues[] segments) {
			String[][] values = new String[FACETS.length][];
			int[][][] global = new int[segments.length][FACETS.length][];
			for (int f = 0; f < FACETS.length; f++) {
				TreeSet<String> all = new TreeSet<>();
				for (SegmentValues segment : segments) {
					all.addAll(Arrays.asList(segment.values[f]));
				}
				values[f] = all.toArray(String[]::new);
				Map<String, Integer> numbers = new HashMap<>(values[f].length * 2);
				for (int i = 0; i < values[f].length; i++) {
					numbers.put(values[f][i], i);
				}
				for (int s = 0; s < segments.length; s++) {
					String[] segmentValues = segments[s].values[f];
					int[] map = new int[segmentValues.length + 1];
					map[0] = -1;
					for (int ord = 0; ord < segmentValues.length; ord++) {
						map[ord + 1] = numbers.get(segmentValues[ord]);
					}
					global[s][f] = map;
				}
			}
			return new ReaderValues(segments, values, global);
		}

	}

	/**
	 * Every facet's value numbers in one segment. Value number 0 stands for no value; the
	 * others are the doc values' ordinals plus one. A single-valued facet maps a document
	 * to its number in a byte, short or int array, as small as its values allow. A
	 * multi-valued facet of at most 32 values keeps a bit mask per document (bit
	 * {@code n - 1} for number {@code n}); one of more values keeps the numbers of
	 * document {@code d} in {@code numbers[starts[d]]} up to
	 * {@code numbers[starts[d + 1]]}. {@code totals} counts each value number over all
	 * documents of the segment, deleted or not.
	 */
	private static final class SegmentValues {

		private static final int MASK_BITS = Integer.SIZE;

		final int maxDoc;

		final String[][] values;

		final byte[][] bytes = new byte[FACETS.length][];

		final short[][] shorts = new short[FACETS.length][];

		final int[][] ints = new int[FACETS.length][];

		final int[][] masks = new int[FACETS.length][];

		final int[][] starts = new int[FACETS.length][];

		final int[][] numbers = new int[FACETS.length][];

		final int[][] totals;

		private SegmentValues(int maxDoc, String[][] values) {
			this.maxDoc = maxDoc;
			this.values = values;
			this.totals = emptyCounts(values);
		}

		static SegmentValues read(LeafReader segment) {
			int maxDoc = segment.maxDoc();
			String[][] values = new String[FACETS.length][];
			SortedSetDocValues[] docValues = new SortedSetDocValues[FACETS.length];
			try {
				for (int f = 0; f < FACETS.length; f++) {
					docValues[f] = DocValues.getSortedSet(segment, PostingFields.facetField(FACETS[f]));
					values[f] = new String[Math.toIntExact(docValues[f].getValueCount())];
					for (int ord = 0; ord < values[f].length; ord++) {
						values[f][ord] = docValues[f].lookupOrd(ord).utf8ToString();
					}
				}
				SegmentValues segmentValues = new SegmentValues(maxDoc, values);
				for (int f = 0; f < FACETS.length; f++) {
					SortedDocValues single = DocValues.unwrapSingleton(docValues[f]);
					if (single != null) {
						segmentValues.readSingleValued(f, single);
					}
					else if (values[f].length <= MASK_BITS) {
						segmentValues.readMasks(f, docValues[f]);
					}
					else {
						segmentValues.readMultiValued(f, docValues[f]);
					}
				}
				int[] all = new int[maxDoc];
				Arrays.setAll(all, (doc) -> doc);
				segmentValues.count(all, maxDoc, segmentValues.totals);
				return segmentValues;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void readSingleValued(int f, SortedDocValues single) throws IOException {
			int count = this.values[f].length;
			if (count < 0xFF) {
				byte[] numbers = new byte[this.maxDoc];
				for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
					numbers[doc] = (byte) (single.ordValue() + 1);
				}
				this.bytes[f] = numbers;
			}
			else if (count < 0xFFFF) {
				short[] numbers = new short[this.maxDoc];
				for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
					numbers[doc] = (short) (single.ordValue() + 1);
				}
				this.shorts[f] = numbers;
			}
			else {
				int[] numbers = new int[this.maxDoc];
				for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
					numbers[doc] = single.ordValue() + 1;
				}
				this.ints[f] = numbers;
			}
		}

		private void readMasks(int f, SortedSetDocValues docValues) throws IOException {
			int[] masks = new int[this.maxDoc];
			for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
				int mask = 0;
				for (int i = 0, count = docValues.docValueCount(); i < count; i++) {
					mask |= 1 << (int) docValues.nextOrd();
				}
				masks[doc] = mask;
			}
			this.masks[f] = masks;
		}

		private void readMultiValued(int f, SortedSetDocValues docValues) throws IOException {
			int[] begin = new int[this.maxDoc + 1];
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
			Arrays.fill(begin, next, this.maxDoc + 1, count);
			this.starts[f] = begin;
			this.numbers[f] = Arrays.copyOf(ords, count);
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
				if (this.bytes[f] != null) {
					byte[] facetNumbers = this.bytes[f];
					for (int i = 0; i < size; i++) {
						facetCounts[facetNumbers[docs[i]] & 0xFF]++;
					}
				}
				else if (this.shorts[f] != null) {
					short[] facetNumbers = this.shorts[f];
					for (int i = 0; i < size; i++) {
						facetCounts[facetNumbers[docs[i]] & 0xFFFF]++;
					}
				}
				else if (this.ints[f] != null) {
					int[] facetNumbers = this.ints[f];
					for (int i = 0; i < size; i++) {
						facetCounts[facetNumbers[docs[i]]]++;
					}
				}
				else if (this.masks[f] != null) {
					countMasks(this.masks[f], docs, size, facetCounts);
				}
				else {
					int[] facetStarts = this.starts[f];
					int[] facetNumbers = this.numbers[f];
					for (int i = 0; i < size; i++) {
						for (int j = facetStarts[docs[i]], end = facetStarts[docs[i] + 1]; j < end; j++) {
							facetCounts[facetNumbers[j]]++;
						}
					}
				}
			}
		}

		private static void countMasks(int[] masks, int[] docs, int size, int[] counts) {
			for (int i = 0; i < size; i++) {
				int mask = masks[docs[i]];
				if (mask == 0) {
					counts[0]++;
				}
				while (mask != 0) {
					counts[Integer.numberOfTrailingZeros(mask) + 1]++;
					mask &= mask - 1;
				}
			}
		}

	}

	/** One search: a collector per thread, each counting the segments it is given. */
	private static final class Search implements CollectorManager<Collector, Counts> {

		private final ReaderValues reader;

		Search(ReaderValues reader) {
			this.reader = reader;
		}

		@Override
		public Collector newCollector() {
			return new Counting(this.reader);
		}

		@Override
		public Counts reduce(Collection<Collector> collectors) {
			long hits = 0;
			long[][] totals = new long[FACETS.length][];
			for (int f = 0; f < FACETS.length; f++) {
				totals[f] = new long[this.reader.values()[f].length];
			}
			for (Collector collector : collectors) {
				for (SegmentCounting segment : ((Counting) collector).segments) {
					hits += segment.hits;
					int[][] counts = segment.counts();
					int[][] global = this.reader.global()[segment.ord];
					for (int f = 0; f < FACETS.length; f++) {
						for (int number = 1; number < counts[f].length; number++) {
							totals[f][global[f][number]] += counts[f][number];
						}
					}
				}
			}
			Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
			for (int f = 0; f < FACETS.length; f++) {
				List<FacetCount> counted = new ArrayList<>();
				for (int i = 0; i < totals[f].length; i++) {
					if (totals[f][i] > 0) {
						counted.add(new FacetCount(this.reader.values()[f][i], totals[f][i]));
					}
				}
				if (!counted.isEmpty()) {
					counted.sort(MOST_FREQUENT_FIRST);
					facets.put(FACETS[f],
							List.copyOf(counted.subList(0, Math.min(counted.size(), PostingPage.FACET_VALUES))));
				}
			}
			return new Counts(hits, facets);
		}

	}

	private static final class Counting implements Collector {

		private final ReaderValues reader;

		private final List<SegmentCounting> segments = new ArrayList<>();

		Counting(ReaderValues reader) {
			this.reader = reader;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) {
			SegmentCounting segment = new SegmentCounting(context.ord, this.reader.segments()[context.ord]);
			this.segments.add(segment);
			return segment;
		}

	}

	/** Marks a segment's matches, to count them once the segment is done. */
	private static final class SegmentCounting implements LeafCollector {

		private static final int BATCH = 1024;

		private final int ord;

		private final SegmentValues values;

		private final FixedBitSet matches;

		private long hits;

		private int @Nullable [][] counts;

		SegmentCounting(int ord, SegmentValues values) {
			this.ord = ord;
			this.values = values;
			this.matches = new FixedBitSet(values.maxDoc);
		}

		@Override
		public void setScorer(Scorable scorer) {
		}

		@Override
		public void collect(int doc) {
			this.matches.set(doc);
			this.hits++;
		}

		/**
		 * A search that only counts gets its matches in bulk (a window of a conjunction
		 * of filters at a time) instead of one call per match.
		 */
		@Override
		public void collect(DocIdStream stream) throws IOException {
			int[] docs = new int[BATCH];
			for (int size = stream.intoArray(docs); size > 0; size = stream.intoArray(docs)) {
				for (int i = 0; i < size; i++) {
					this.matches.set(docs[i]);
				}
				this.hits += size;
			}
		}

		@Override
		public void collectRange(int min, int max) {
			this.matches.set(min, max);
			this.hits += max - min;
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
			int[][] counts = SegmentValues.emptyCounts(this.values.values);
			if (this.hits == 0) {
				return counts;
			}
			int maxDoc = this.values.maxDoc;
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
						counts[f][number] = this.values.totals[f][number] - counts[f][number];
					}
				}
			}
			return counts;
		}

	}

}
