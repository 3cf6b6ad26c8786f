package io.arcticmatch.matcher.concepts.typeahead;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntPredicate;

/**
 * Sorted entries (a label, or the part of a label from one of its words on) with binary
 * search for a prefix and a segment tree that yields the best-ranked entries of a range
 * in O(k log n), however many labels share the prefix.
 */
final class LabelIndex {

	private final String[] texts;

	private final int[] label;

	private final int[] offset;

	private final int[] rank;

	/** tree[n + i] = i; tree[p] = the better of its two children (an entry index). */
	private final int[] tree;

	private final int size;

	/**
	 * Builds the index.
	 * @param texts the normalised (or folded) text of each label
	 * @param labelRank the rank of each label, higher is better
	 * @param words whether to add an entry for every word start after the first
	 */
	LabelIndex(String[] texts, int[] labelRank, boolean words) {
		this.texts = texts;
		int count = 0;
		int[] entryLabel = new int[texts.length * (words ? 3 : 1) + 16];
		int[] entryOffset = new int[entryLabel.length];
		for (int l = 0; l < texts.length; l++) {
			String text = texts[l];
			if (!words) {
				entryLabel[count] = l;
				entryOffset[count++] = 0;
				continue;
			}
			for (int i = 1; i < text.length(); i++) {
				if (!Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i))) {
					if (count == entryLabel.length) {
						entryLabel = Arrays.copyOf(entryLabel, count * 2);
						entryOffset = Arrays.copyOf(entryOffset, count * 2);
					}
					entryLabel[count] = l;
					entryOffset[count++] = i;
				}
			}
		}
		int[] order = sortedOrder(texts, entryLabel, entryOffset, count);
		this.size = count;
		this.label = new int[count];
		this.offset = new int[count];
		this.rank = new int[count];
		for (int i = 0; i < count; i++) {
			this.label[i] = entryLabel[order[i]];
			this.offset[i] = entryOffset[order[i]];
			this.rank[i] = labelRank[this.label[i]];
		}
		this.tree = new int[2 * Math.max(1, this.size)];
		for (int i = 0; i < this.size; i++) {
			this.tree[this.size + i] = i;
		}
		for (int p = this.size - 1; p > 0; p--) {
			this.tree[p] = better(this.tree[2 * p], this.tree[2 * p + 1]);
		}
	}

	/**
	 * The entries in the order of their text: a primitive sort on the first two
	 * characters, then a comparison sort within each group that shares them.
	 */
	private static int[] sortedOrder(String[] texts, int[] label, int[] offset, int count) {
		long[] keys = new long[count];
		for (int i = 0; i < count; i++) {
			String text = texts[label[i]];
			int at = offset[i];
			long first = (at < text.length()) ? text.charAt(at) : 0;
			long second = (at + 1 < text.length()) ? text.charAt(at + 1) : 0;
			// flipping the sign bit makes the signed sort an unsigned one (chars above
			// U+7FFF)
			keys[i] = ((((first << 16) | second) << 32) | i) ^ Long.MIN_VALUE;
		}
		Arrays.sort(keys);
		int[] order = new int[count];
		for (int i = 0; i < count; i++) {
			order[i] = (int) keys[i];
		}
		Comparator<Integer> bySuffix = (a, b) -> {
			int diff = compareSuffixes(texts[label[a]], offset[a], texts[label[b]], offset[b]);
			return (diff != 0) ? diff : Integer.compare(label[a], label[b]);
		};
		int start = 0;
		while (start < count) {
			int end = start + 1;
			while (end < count && (keys[end] >>> 32) == (keys[start] >>> 32)) {
				end++;
			}
			if (end - start > 1) {
				Integer[] group = new Integer[end - start];
				for (int i = start; i < end; i++) {
					group[i - start] = order[i];
				}
				Arrays.sort(group, bySuffix);
				for (int i = start; i < end; i++) {
					order[i] = group[i - start];
				}
			}
			start = end;
		}
		return order;
	}

	int size() {
		return this.size;
	}

	int label(int entry) {
		return this.label[entry];
	}

	int offset(int entry) {
		return this.offset[entry];
	}

	String text(int entry) {
		return this.texts[this.label[entry]];
	}

	/**
	 * The first entry whose text (from its offset) starts with or sorts after the prefix.
	 */
	int lowerBound(String prefix) {
		int lo = 0;
		int hi = this.size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (comparePrefix(mid, prefix) < 0) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * The first entry after those that start with the prefix.
	 */
	int upperBound(String prefix) {
		int lo = 0;
		int hi = this.size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (comparePrefix(mid, prefix) <= 0) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * Visits the entries of [from, to) best rank first until the visitor has had enough.
	 * @param visitor returns true when no more entries are wanted
	 */
	void bestFirst(int from, int to, IntPredicate visitor) {
		if (from >= to) {
			return;
		}
		// a small max-heap of ranges, keyed by the rank of their best entry
		int[] heapFrom = new int[16];
		int[] heapTo = new int[16];
		int[] heapBest = new int[16];
		int heapSize = 0;
		heapFrom[0] = from;
		heapTo[0] = to;
		heapBest[0] = best(from, to);
		heapSize = 1;
		while (heapSize > 0) {
			int rangeFrom = heapFrom[0];
			int rangeTo = heapTo[0];
			int entry = heapBest[0];
			heapSize--;
			heapFrom[0] = heapFrom[heapSize];
			heapTo[0] = heapTo[heapSize];
			heapBest[0] = heapBest[heapSize];
			siftDown(heapFrom, heapTo, heapBest, heapSize, 0);
			if (visitor.test(entry)) {
				return;
			}
			for (int[] part : new int[][] { { rangeFrom, entry }, { entry + 1, rangeTo } }) {
				if (part[0] < part[1]) {
					if (heapSize == heapFrom.length) {
						heapFrom = Arrays.copyOf(heapFrom, heapSize * 2);
						heapTo = Arrays.copyOf(heapTo, heapSize * 2);
						heapBest = Arrays.copyOf(heapBest, heapSize * 2);
					}
					heapFrom[heapSize] = part[0];
					heapTo[heapSize] = part[1];
					heapBest[heapSize] = best(part[0], part[1]);
					siftUp(heapFrom, heapTo, heapBest, heapSize);
					heapSize++;
				}
			}
		}
	}

	private void siftUp(int[] from, int[] to, int[] best, int at) {
		int i = at;
		while (i > 0) {
			int parent = (i - 1) / 2;
			if (better(best[i], best[parent]) == best[parent]) {
				return;
			}
			swap(from, to, best, i, parent);
			i = parent;
		}
	}

	private void siftDown(int[] from, int[] to, int[] best, int size, int at) {
		int i = at;
		while (true) {
			int left = 2 * i + 1;
			int right = left + 1;
			int top = i;
			if (left < size && better(best[left], best[top]) == best[left] && best[left] != best[top]) {
				top = left;
			}
			if (right < size && better(best[right], best[top]) == best[right] && best[right] != best[top]) {
				top = right;
			}
			if (top == i) {
				return;
			}
			swap(from, to, best, i, top);
			i = top;
		}
	}

	private static void swap(int[] from, int[] to, int[] best, int i, int j) {
		int f = from[i];
		from[i] = from[j];
		from[j] = f;
		int t = to[i];
		to[i] = to[j];
		to[j] = t;
		int b = best[i];
		best[i] = best[j];
		best[j] = b;
	}

	/** The best-ranked entry of [from, to). */
	private int best(int from, int to) {
		int result = -1;
		for (int l = from + this.size, r = to + this.size; l < r; l >>= 1, r >>= 1) {
			if ((l & 1) == 1) {
				result = (result < 0) ? this.tree[l] : better(result, this.tree[l]);
				l++;
			}
			if ((r & 1) == 1) {
				r--;
				result = (result < 0) ? this.tree[r] : better(result, this.tree[r]);
			}
		}
		return result;
	}

	/** The better of two entries: higher rank, then the lower index (a stable order). */
	private int better(int a, int b) {
		if (this.rank[a] != this.rank[b]) {
			return (this.rank[a] > this.rank[b]) ? a : b;
		}
		return Math.min(a, b);
	}

	private int comparePrefix(int entry, String prefix) {
		String text = this.texts[this.label[entry]];
		int start = this.offset[entry];
		int length = Math.min(text.length() - start, prefix.length());
		for (int i = 0; i < length; i++) {
			int diff = text.charAt(start + i) - prefix.charAt(i);
			if (diff != 0) {
				return diff;
			}
		}
		return (text.length() - start < prefix.length()) ? -1 : 0;
	}

	private static int compareSuffixes(String a, int ao, String b, int bo) {
		int length = Math.min(a.length() - ao, b.length() - bo);
		for (int i = 0; i < length; i++) {
			int diff = a.charAt(ao + i) - b.charAt(bo + i);
			if (diff != 0) {
				return diff;
			}
		}
		return (a.length() - ao) - (b.length() - bo);
	}

}
