package io.arcticmatch.matcher.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.concepts.typeahead.MatchType;
import io.arcticmatch.matcher.concepts.typeahead.Suggestion;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the concepts in a search text, so that "sykepleier Kiruna" also finds Swedish
 * "sjuksköterska" ads in Kiruna: occupation titles and place names in any of the concept
 * layer's languages. The longest run of words that names a concept wins.
 */
public final class QueryInterpreter {

	/** Job titles and place names in the data are at most this many words long. */
	private static final int LONGEST_NAME_IN_WORDS = 4;

	/** One- and two-letter words are too often something else ("it", "Ii", "Å"). */
	private static final int SHORTEST_SINGLE_WORD_NAME = 3;

	/**
	 * Operators of the simple query syntax: a text using them is meant literally.
	 */
	private static final Pattern OPERATORS = Pattern.compile("[\"+|\\-*~()]");

	/** A title word ends where the label goes on with a space or a comma. */
	private static final String HEAD_WORD_ENDS = " ,";

	/** A generic title ("lærer") heads many occupations; the most popular are enough. */
	private static final int MOST_OCCUPATIONS_PER_TITLE = 12;

	private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(stopWordsOfAllLanguages());

	private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;]+");

	/**
	 * Searches repeat their text (the next page, another filter, a popular title), and
	 * looking up every run of words costs about as much as the rest of building the
	 * query; the concepts never change, so an interpretation stays true.
	 */
	private static final int REMEMBERED_TEXTS = 4096;

	private final Concepts concepts;

	private final Map<String, InterpretedText> remembered = new ConcurrentHashMap<>();

	public QueryInterpreter(Concepts concepts) {
		this.concepts = concepts;
	}

	/**
	 * @param text a search text
	 * @return its parts in order; plain words where no concept is named, the whole text
	 * as words when it uses query operators
	 */
	public InterpretedText interpret(String text) {
		InterpretedText known = this.remembered.get(text);
		if (known != null) {
			return known;
		}
		InterpretedText interpreted = interpretAnew(text);
		if (this.remembered.size() >= REMEMBERED_TEXTS) {
			// crude but bounded: a full memory starts over
			this.remembered.clear();
		}
		this.remembered.put(text, interpreted);
		return interpreted;
	}

	private InterpretedText interpretAnew(String text) {
		if (text.isBlank()) {
			return new InterpretedText(List.of());
		}
		if (OPERATORS.matcher(text).find()) {
			return new InterpretedText(List.of(new InterpretedText.Words(text.strip())));
		}
		String[] words = WORD_SEPARATORS.split(text.strip());
		List<InterpretedText.Part> parts = new ArrayList<>();
		List<String> plain = new ArrayList<>();
		int start = 0;
		while (start < words.length) {
			Named named = longestNameAt(words, start);
			if (named == null) {
				if (!isStopWord(words[start])) {
					plain.add(words[start]);
				}
				start++;
				continue;
			}
			if (!plain.isEmpty()) {
				parts.add(new InterpretedText.Words(String.join(" ", plain)));
				plain.clear();
			}
			parts.add(named.part());
			start += named.words();
		}
		if (!plain.isEmpty()) {
			parts.add(new InterpretedText.Words(String.join(" ", plain)));
		}
		if (parts.isEmpty()) {
			// nothing but stop words: looked for as typed rather than finding everything
			return new InterpretedText(List.of(new InterpretedText.Words(text.strip())));
		}
		return new InterpretedText(parts);
	}

	/**
	 * A word too common to search for in one of our languages ("i", "och", "ja", "the"):
	 * each word of a search must be found, and the analyzers leave these out of the ad
	 * titles and texts. An acronym in capitals (IT) is kept.
	 */
	private static boolean isStopWord(String word) {
		return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !word.equals(word.toUpperCase(Locale.ROOT));
	}

	/**
	 * The words of a name as its text alternative must find them: "Mo Rana" for "Mo i
	 * Rana".
	 */
	private static String withoutStopWords(List<String> words) {
		return String.join(" ", words.stream().filter((word) -> !isStopWord(word)).toList());
	}

	private @Nullable Named longestNameAt(String[] words, int start) {
		for (int length = Math.min(LONGEST_NAME_IN_WORDS, words.length - start); length > 0; length--) {
			InterpretedText.Part part = conceptNamed(List.of(words).subList(start, start + length));
			if (part != null) {
				return new Named(part, length);
			}
		}
		return null;
	}

	private InterpretedText.@Nullable Part conceptNamed(List<String> phraseWords) {
		String phrase = String.join(" ", phraseWords);
		if (phraseWords.size() == 1 && phrase.length() < SHORTEST_SINGLE_WORD_NAME) {
			return null;
		}
		if (isStopWord(phraseWords.getFirst()) || isStopWord(phraseWords.getLast())) {
			// "lærer i" only begins "lærer i videregående skole"; it names no occupation
			return null;
		}
		List<OccupationConcept> occupations = occupationsTitled(phrase);
		if (!occupations.isEmpty()) {
			Set<String> ids = new LinkedHashSet<>();
			Set<String> unitGroups = new LinkedHashSet<>();
			for (OccupationConcept occupation : occupations) {
				ids.add(occupation.id());
				occupation.unitGroup().ifPresent((group) -> unitGroups.add(group.code().value()));
			}
			return new InterpretedText.Occupation(withoutStopWords(phraseWords), ids, unitGroups);
		}
		List<Place> places = this.concepts.places().findByName(phrase);
		if (!places.isEmpty()) {
			Set<String> ids = new LinkedHashSet<>();
			places.forEach((place) -> ids.add(place.id()));
			return new InterpretedText.Place(withoutStopWords(phraseWords), ids);
		}
		return null;
	}

	/**
	 * Occupations with this title, or else those whose title begins with it as a head
	 * word: "sjuksköterska" names "sjuksköterska, grundutbildad" and "lærer" names "lærer
	 * i videregående skole".
	 */
	private List<OccupationConcept> occupationsTitled(String phrase) {
		List<OccupationConcept> exact = this.concepts.occupations().byLabel(phrase);
		if (!exact.isEmpty()) {
			return exact;
		}
		String head = phrase.toLowerCase(Locale.ROOT);
		List<OccupationConcept> headed = new ArrayList<>();
		// only labels that begin with the phrase can qualify: the typeahead's other
		// passes (later words, misspellings) cost more and never displace those
		for (Suggestion suggestion : this.concepts.typeahead()
			.startingWith(phrase, ConceptKind.OCCUPATION, MOST_OCCUPATIONS_PER_TITLE)) {
			String label = suggestion.label().toLowerCase(Locale.ROOT);
			if (suggestion.match() == MatchType.PREFIX && label.length() > head.length() && label.startsWith(head)
					&& HEAD_WORD_ENDS.indexOf(label.charAt(head.length())) >= 0
					&& suggestion.concept() instanceof OccupationConcept occupation) {
				headed.add(occupation);
			}
		}
		return headed;
	}

	private static CharArraySet stopWordsOfAllLanguages() {
		CharArraySet all = new CharArraySet(NorwegianAnalyzer.getDefaultStopSet(), false);
		all.addAll(SwedishAnalyzer.getDefaultStopSet());
		all.addAll(FinnishAnalyzer.getDefaultStopSet());
		all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return all;
	}

	private record Named(InterpretedText.Part part, int words) {
	}

}
