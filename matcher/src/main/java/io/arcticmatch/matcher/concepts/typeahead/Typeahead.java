package io.arcticmatch.matcher.concepts.typeahead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.Label;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;

/**
 * Prefix and fuzzy lookup over every label of every concept, in every language. Immutable
 * and thread-safe.
 * <p>
 * Ranking: {@link MatchType} first (exact label, label prefix, word prefix, prefix
 * without diacritics, fuzzy), then the concept's popularity, then the shorter label. One
 * suggestion per concept, with the label that matched best. Per kind, labels sit in
 * sorted arrays of normalised text (one for label starts, one for later word starts, and
 * the same two without diacritics); a prefix is found by binary search and the
 * best-ranked entries of its range come out of a segment tree, so a one-letter query
 * costs about as much as a long one. The fuzzy pass (query of 4 characters or more, only
 * when the passes before found fewer than the limit) allows one edit (two from 8
 * characters) in the label's prefix, over the labels that start with the query's first
 * letter.
 */
public final class Typeahead {

	private static final int MAX_FUZZY_CANDIDATES = 400;

	/**
	 * The fuzzy pass runs only if the prefix passes found fewer suggestions than this.
	 */
	private static final int FUZZY_BELOW = 3;

	private final Map<ConceptKind, KindIndex> indexes;

	private Typeahead(Map<ConceptKind, KindIndex> indexes) {
		this.indexes = indexes;
	}

	/**
	 * Builds the typeahead.
	 * @param concepts the concepts of each kind
	 * @param popularity the popularity of a concept (higher ranks first)
	 * @return the typeahead
	 */
	public static Typeahead build(Map<ConceptKind, ? extends Collection<? extends Concept>> concepts,
			ToIntFunction<Concept> popularity) {
		Map<ConceptKind, KindIndex> indexes = new EnumMap<>(ConceptKind.class);
		concepts.forEach((kind, list) -> indexes.put(kind, new KindIndex(list, popularity)));
		return new Typeahead(indexes);
	}

	/**
	 * Suggestions of every kind.
	 * @param query what was typed
	 * @param limit how many suggestions at most
	 * @return the suggestions, best first
	 */
	public List<Suggestion> suggest(String query, int limit) {
		return suggest(query, this.indexes.keySet(), limit);
	}

	/**
	 * Suggestions of one kind, e.g. occupations for the job-title field.
	 * @param query what was typed
	 * @param kind the kind of concept
	 * @param limit how many suggestions at most
	 * @return the suggestions, best first
	 */
	public List<Suggestion> suggest(String query, ConceptKind kind, int limit) {
		return suggest(query, EnumSet.of(kind), limit);
	}

	/**
	 * Suggestions of some kinds.
	 * @param query what was typed
	 * @param kinds the kinds of concept
	 * @param limit how many suggestions at most
	 * @return the suggestions, best first
	 */
	public List<Suggestion> suggest(String query, Set<ConceptKind> kinds, int limit) {
		String normalized = TextNormalizer.normalize(query);
		if (normalized.isEmpty() || limit <= 0) {
			return List.of();
		}
		String folded = TextNormalizer.fold(normalized);
		List<Suggestion> all = new ArrayList<>();
		for (ConceptKind kind : kinds) {
			KindIndex index = this.indexes.get(kind);
			if (index != null) {
				all.addAll(index.suggest(normalized, folded, limit));
			}
		}
		if (kinds.size() > 1) {
			all.sort(Comparator.comparing(Suggestion::match)
				.thenComparing(Comparator.comparingInt(Suggestion::popularity).reversed())
				.thenComparingInt((s) -> s.label().length()));
		}
		return (all.size() > limit) ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
	}

	/**
	 * The first suggestions of one kind only as far as exact labels and labels that begin
	 * with the query go: what {@link #suggest(String, ConceptKind, int)} gives before it
	 * looks at later words, folded letters and misspellings, which never displace these.
	 * For a caller that wants no other matches, at a fraction of the cost of a query
	 * nothing begins with (the misspelling pass then tries hundreds of labels).
	 * @param query what was typed
	 * @param kind the kind of concept
	 * @param limit how many suggestions at most
	 * @return the {@link MatchType#EXACT} and {@link MatchType#PREFIX} suggestions of
	 * {@link #suggest(String, ConceptKind, int)}, in its order
	 */
	public List<Suggestion> startingWith(String query, ConceptKind kind, int limit) {
		String normalized = TextNormalizer.normalize(query);
		KindIndex index = this.indexes.get(kind);
		if (normalized.isEmpty() || limit <= 0 || index == null) {
			return List.of();
		}
		return List.copyOf(index.startingWith(normalized, limit, new ArrayList<>(limit), new HashSet<>()));
	}

	/**
	 * How many labels each kind has.
	 * @return the label counts
	 */
	public Map<ConceptKind, Integer> labelCounts() {
		Map<ConceptKind, Integer> counts = new LinkedHashMap<>();
		this.indexes.forEach((kind, index) -> counts.put(kind, index.labelCount()));
		return counts;
	}

	/**
	 * The index of one kind of concept.
	 */
	private static final class KindIndex {

		private final Concept[] concepts;

		private final int[] popularity;

		private final String[] display;

		private final LabelLanguage[] language;

		private final int[] conceptOf;

		private final String[] normalized;

		private final String[] folded;

		private final int[] rank;

		private final LabelIndex starts;

		private final LabelIndex words;

		private final LabelIndex foldedStarts;

		private final LabelIndex foldedWords;

		KindIndex(Collection<? extends Concept> concepts, ToIntFunction<Concept> popularity) {
			this.concepts = concepts.stream().sorted(Comparator.comparing(Concept::id)).toArray(Concept[]::new);
			this.popularity = new int[this.concepts.length];
			List<String> display = new ArrayList<>();
			List<LabelLanguage> language = new ArrayList<>();
			List<Integer> conceptOf = new ArrayList<>();
			List<String> normalized = new ArrayList<>();
			List<Boolean> preferred = new ArrayList<>();
			for (int c = 0; c < this.concepts.length; c++) {
				this.popularity[c] = Math.max(0, popularity.applyAsInt(this.concepts[c]));
				Set<String> seen = new HashSet<>();
				for (Label label : this.concepts[c].labels().all()) {
					String text = TextNormalizer.normalize(label.text());
					if (!text.isEmpty() && seen.add(text)) {
						display.add(label.text());
						language.add(label.language());
						conceptOf.add(c);
						normalized.add(text);
						preferred.add(label.preferred());
					}
				}
			}
			this.display = display.toArray(String[]::new);
			this.language = language.toArray(LabelLanguage[]::new);
			this.conceptOf = conceptOf.stream().mapToInt(Integer::intValue).toArray();
			this.normalized = normalized.toArray(String[]::new);
			this.folded = normalized.stream().map(TextNormalizer::fold).toArray(String[]::new);
			int[] rank = new int[this.normalized.length];
			this.rank = rank;
			for (int l = 0; l < rank.length; l++) {
				int pop = Math.min(this.popularity[this.conceptOf[l]], (1 << 20) - 1);
				rank[l] = (preferred.get(l) ? (1 << 30) : 0) | (pop << 10)
						| (1023 - Math.min(this.normalized[l].length(), 1023));
			}
			this.starts = new LabelIndex(this.normalized, rank, false);
			this.words = new LabelIndex(this.normalized, rank, true);
			this.foldedStarts = new LabelIndex(this.folded, rank, false);
			this.foldedWords = new LabelIndex(this.folded, rank, true);
		}

		int labelCount() {
			return this.normalized.length;
		}

		List<Suggestion> suggest(String query, String foldedQuery, int limit) {
			List<Suggestion> out = new ArrayList<>(limit);
			Set<Integer> seen = new HashSet<>();
			startingWith(query, limit, out, seen);
			take(this.words, this.words.lowerBound(query), this.words.upperBound(query), MatchType.WORD_PREFIX, out,
					seen, limit);
			if (out.size() < limit) {
				take(this.foldedStarts, this.foldedStarts.lowerBound(foldedQuery),
						this.foldedStarts.upperBound(foldedQuery), MatchType.FOLDED_PREFIX, out, seen, limit);
				take(this.foldedWords, this.foldedWords.lowerBound(foldedQuery),
						this.foldedWords.upperBound(foldedQuery), MatchType.FOLDED_PREFIX, out, seen, limit);
			}
			if (out.size() < Math.min(limit, FUZZY_BELOW) && foldedQuery.length() >= 4) {
				fuzzy(foldedQuery, out, seen, limit);
			}
			return out;
		}

		/** The exact labels, then those the query begins. */
		List<Suggestion> startingWith(String query, int limit, List<Suggestion> out, Set<Integer> seen) {
			int from = this.starts.lowerBound(query);
			int to = this.starts.upperBound(query);
			// exact labels sort first in the prefix range
			List<Integer> exact = new ArrayList<>();
			int at = from;
			while (at < to && this.starts.text(at).length() == query.length()) {
				exact.add(at);
				at++;
			}
			exact.sort(Comparator.comparingInt((Integer e) -> -this.popularity[this.conceptOf[this.starts.label(e)]]));
			for (int entry : exact) {
				add(out, seen, this.starts.label(entry), MatchType.EXACT, limit);
			}
			take(this.starts, at, to, MatchType.PREFIX, out, seen, limit);
			return out;
		}

		private void take(LabelIndex index, int from, int to, MatchType type, List<Suggestion> out, Set<Integer> seen,
				int limit) {
			if (out.size() >= limit || from >= to) {
				return;
			}
			index.bestFirst(from, to, (entry) -> add(out, seen, index.label(entry), type, limit));
		}

		private boolean add(List<Suggestion> out, Set<Integer> seen, int label, MatchType type, int limit) {
			int concept = this.conceptOf[label];
			if (out.size() < limit && seen.add(concept)) {
				out.add(new Suggestion(this.concepts[concept], this.display[label], this.language[label], type,
						this.popularity[concept]));
			}
			return out.size() >= limit;
		}

		private void fuzzy(String query, List<Suggestion> out, Set<Integer> seen, int limit) {
			int maxEdits = (query.length() >= 8) ? 2 : 1;
			List<int[]> hits = new ArrayList<>();
			int[][] rows = new int[3][query.length() + maxEdits + 2];
			// candidates: labels that start with the query's first two letters, or with
			// them swapped
			String head = query.substring(0, 2);
			String swapped = new String(new char[] { query.charAt(1), query.charAt(0) });
			for (String start : head.equals(swapped) ? List.of(head) : List.of(head, swapped)) {
				int from = this.foldedStarts.lowerBound(start);
				int to = this.foldedStarts.upperBound(start);
				// the labels nearest the query in sort order first, as many as the budget
				// allows
				int right = Math.max(from, Math.min(to, this.foldedStarts.lowerBound(query)));
				int left = right - 1;
				for (int budget = MAX_FUZZY_CANDIDATES; budget > 0 && (left >= from || right < to); budget--) {
					int entry = (right < to && (left < from || ((budget & 1) == 0))) ? right++ : left--;
					int label = this.foldedStarts.label(entry);
					if (seen.contains(this.conceptOf[label])) {
						continue;
					}
					int distance = prefixDistance(query, this.folded[label], maxEdits, rows);
					if (distance <= maxEdits) {
						hits.add(new int[] { distance, label });
					}
				}
			}
			hits.sort(Comparator.<int[]>comparingInt((hit) -> hit[0]).thenComparingInt((hit) -> -this.rank[hit[1]]));
			for (int[] hit : hits) {
				if (add(out, seen, hit[1], MatchType.FUZZY, limit)) {
					return;
				}
			}
		}

		/**
		 * The least optimal-string-alignment distance between the query and any prefix of
		 * the text, or {@code max + 1} if it is more than {@code max}. Only the diagonal
		 * band of width {@code 2 * max + 1} is computed, and a row that is all above
		 * {@code max} ends the computation.
		 */
		static int prefixDistance(String query, String text, int max, int[][] rows) {
			int n = query.length();
			int m = Math.min(text.length(), n + max);
			int over = max + 1;
			if (m < n - max) {
				return over;
			}
			int[] before = rows[0];
			int[] previous = rows[1];
			int[] current = rows[2];
			for (int j = 0; j <= m; j++) {
				previous[j] = Math.min(j, over);
			}
			for (int i = 1; i <= n; i++) {
				int lo = Math.max(1, i - max);
				int hi = Math.min(m, i + max);
				current[0] = Math.min(i, over);
				if (lo > 1) {
					current[lo - 1] = over;
				}
				int rowMin = (lo == 1) ? current[0] : over;
				char q = query.charAt(i - 1);
				for (int j = lo; j <= hi; j++) {
					char t = text.charAt(j - 1);
					int value = previous[j - 1] + ((q == t) ? 0 : 1);
					value = Math.min(value, previous[j] + 1);
					value = Math.min(value, current[j - 1] + 1);
					if (i > 1 && j > 1 && q == text.charAt(j - 2) && query.charAt(i - 2) == t) {
						value = Math.min(value, before[j - 2] + 1);
					}
					current[j] = Math.min(value, over);
					rowMin = Math.min(rowMin, current[j]);
				}
				if (hi < m) {
					current[hi + 1] = over;
				}
				if (rowMin > max) {
					return over;
				}
				int[] recycled = before;
				before = previous;
				previous = current;
				current = recycled;
			}
			int best = over;
			for (int j = Math.max(0, n - max); j <= m; j++) {
				best = Math.min(best, previous[j]);
			}
			return best;
		}

	}

}
