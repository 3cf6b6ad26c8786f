package io.arcticmatch.ingest.normalise;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Guesses the language of an ad's text from its most common small words, for the ads
 * whose source does not say.
 */
final class TextLanguage {

	private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

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

	/** On a tie the more common language wins: nynorsk only when its own words tip it. */
	private static final List<String> TIE_ORDER = List.of("nb", "sv", "fi", "en", "nn", "se");

	private TextLanguage() {
	}

	/**
	 * @param text the ad's title and text
	 * @return the ISO 639-1 code of the language most of its small words belong to, or
	 * {@code null} when too few are known to tell
	 */
	static @Nullable String guess(String text) {
		Map<String, Integer> hits = new HashMap<>();
		var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
		int seen = 0;
		while (words.find() && seen < 400) {
			String word = words.group();
			seen++;
			MARKERS.forEach((language, markers) -> {
				if (markers.contains(word)) {
					hits.merge(language, 1, Integer::sum);
				}
			});
		}
		String best = null;
		int bestHits = MIN_HITS - 1;
		for (String language : TIE_ORDER) {
			int count = hits.getOrDefault(language, 0);
			if (count > bestHits) {
				best = language;
				bestHits = count;
			}
		}
		return best;
	}

}
