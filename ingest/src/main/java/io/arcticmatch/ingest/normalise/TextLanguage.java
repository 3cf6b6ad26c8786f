package io.arcticmatch.ingest.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Guesses the language of an ad's text from its most common small words, for the ads
 * whose source does not say.
 */
final class TextLanguage {

	/**
	 * Frequent words that tell these languages apart (bokmål and nynorsk differ in a
	 * few).
	 */
	private static final Map<String, Set<String>> MARKERS = Map.of("nb",
			Set.of("og", "er", "til", "som", "med", "ikke", "jobb", "vi", "søker", "deg", "hos", "eller", "fra", "har",
					"være", "stillingen", "arbeid"),
			"nn",
			Set.of("og", "er", "til", "som", "med", "ikkje", "jobb", "vi", "søkjer", "deg", "hjå", "eller", "frå",
					"har", "vere", "stillinga", "arbeid", "kva", "korleis"),
			"sv",
			Set.of("och", "är", "till", "som", "med", "inte", "jobb", "vi", "söker", "dig", "hos", "eller", "från",
					"har", "att", "tjänsten", "arbete"),
			"fi",
			Set.of("ja", "on", "tai", "että", "sekä", "työ", "haemme", "olet", "meillä", "sinulla", "työhön", "kanssa",
					"tehtävä", "tehtävään", "ovat"),
			"en",
			Set.of("and", "the", "is", "to", "with", "you", "we", "are", "for", "of", "our", "your", "work", "looking",
					"experience"),
			"se", Set.of("ja", "lea", "leat", "ahte", "mii", "dahje", "bargu", "don", "mun", "mis", "min", "sáhttá",
					"bargat", "ohcat"));

	private static final int MIN_HITS = 3;

	private static final int WORDS_READ = 400;

	/** On a tie the more common language wins: nynorsk only when its own words tip it. */
	private static final List<String> TIE_ORDER = List.of("nb", "sv", "fi", "en", "nn", "se");

	/**
	 * Each marker word with the positions in {@link #TIE_ORDER} of the languages it
	 * belongs to: one lookup per word of an ad instead of one per word and language.
	 */
	private static final Map<String, int[]> LANGUAGES_OF_WORD = languagesOfWord();

	/**
	 * A longer word is no marker: it is counted without being cut out and lower-cased
	 * (lower case is never shorter, so this changes no guess).
	 */
	private static final int LONGEST_MARKER = LANGUAGES_OF_WORD.keySet()
		.stream()
		.mapToInt(String::length)
		.max()
		.orElseThrow();

	/** The same words, looked up without cutting each word out and lower-casing it. */
	private static final MarkerTable MARKER_TABLE = new MarkerTable(LANGUAGES_OF_WORD);

	private TextLanguage() {
	}

	/**
	 * @param text the ad's title and text
	 * @return the ISO 639-1 code of the language most of its small words (runs of
	 * letters, the first 400) belong to, or {@code null} when too few are known to tell
	 */
	static @Nullable String guess(String text) {
		int[] hits = new int[TIE_ORDER.size()];
		int seen = 0;
		int at = 0;
		while (at < text.length() && seen < WORDS_READ) {
			int start = at;
			while (start < text.length() && !Character.isLetter(text.codePointAt(start))) {
				start += Character.charCount(text.codePointAt(start));
			}
			int end = start;
			while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
				end += Character.charCount(text.codePointAt(end));
			}
			if (end > start) {
				seen++;
			}
			if (end > start && end - start <= LONGEST_MARKER) {
				int[] languages = MARKER_TABLE.languagesOf(text, start, end);
				if (languages != null) {
					for (int language : languages) {
						hits[language]++;
					}
				}
			}
			at = end;
		}
		String best = null;
		int bestHits = MIN_HITS - 1;
		for (int language = 0; language < hits.length; language++) {
			if (hits[language] > bestHits) {
				best = TIE_ORDER.get(language);
				bestHits = hits[language];
			}
		}
		return best;
	}

	private static Map<String, int[]> languagesOfWord() {
		Map<String, List<Integer>> languages = new HashMap<>();
		MARKERS.forEach(
				(language, words) -> words.forEach((word) -> languages.computeIfAbsent(word, (any) -> new ArrayList<>())
					.add(TIE_ORDER.indexOf(language))));
		Map<String, int[]> arrays = new HashMap<>();
		languages.forEach((word, positions) -> arrays.put(word,
				positions.stream().mapToInt(Integer::intValue).sorted().toArray()));
		return Map.copyOf(arrays);
	}

	/**
	 * The marker words in an open-addressing table keyed by their characters: an ad's
	 * first 400 words are looked up, and a string cut out and lower-cased for each cost
	 * more than the rest of the guess.
	 */
	private static final class MarkerTable {

		private final Map<String, int[]> words;

		private final String[] keys;

		private final int[][] values;

		private final int mask;

		MarkerTable(Map<String, int[]> words) {
			this.words = words;
			int size = Integer.highestOneBit(words.size() * 4);
			this.keys = new String[size];
			this.values = new int[size][];
			this.mask = size - 1;
			words.forEach((word, languages) -> {
				int slot = slot(word.hashCode());
				while (this.keys[slot] != null) {
					slot = (slot + 1) & this.mask;
				}
				this.keys[slot] = word;
				this.values[slot] = languages;
			});
		}

		/**
		 * @return the languages of {@code text[start, end)} in lower case, as
		 * {@code words.get(text.substring(start, end).toLowerCase(Locale.ROOT))}
		 */
		int @Nullable [] languagesOf(String text, int start, int end) {
			int hash = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c >= 0x100) {
					// beyond Latin-1 lower case may change the length (İ) or depend on
					// the context (Σ): the string's own rules decide
					return this.words.get(text.substring(start, end).toLowerCase(Locale.ROOT));
				}
				hash = 31 * hash + Character.toLowerCase(c);
			}
			for (int slot = slot(hash); this.keys[slot] != null; slot = (slot + 1) & this.mask) {
				if (matches(this.keys[slot], text, start, end)) {
					return this.values[slot];
				}
			}
			return null;
		}

		private static boolean matches(String key, String text, int start, int end) {
			if (key.length() != end - start) {
				return false;
			}
			for (int i = 0; i < key.length(); i++) {
				if (key.charAt(i) != Character.toLowerCase(text.charAt(start + i))) {
					return false;
				}
			}
			return true;
		}

		private int slot(int hash) {
			return (hash ^ (hash >>> 16)) & this.mask;
		}

	}

}
