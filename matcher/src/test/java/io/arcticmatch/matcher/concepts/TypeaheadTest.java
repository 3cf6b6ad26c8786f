package io.arcticmatch.matcher.concepts;

import java.util.List;

import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.typeahead.MatchType;
import io.arcticmatch.matcher.concepts.typeahead.Suggestion;
import io.arcticmatch.matcher.concepts.typeahead.Typeahead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeaheadTest {

	private final Typeahead typeahead = TestConcepts.get().typeahead();

	@Test
	void exactLabelComesFirstThenPrefixes() {
		List<Suggestion> suggestions = this.typeahead.suggest("sykepleier", ConceptKind.OCCUPATION, 10);
		assertThat(suggestions.get(0).match()).isEqualTo(MatchType.EXACT);
		assertThat(suggestions.get(0).label()).isEqualTo("sykepleier");
		assertThat(suggestions.get(0).language()).isEqualTo(LabelLanguage.NB);
		assertThat(suggestions).extracting(Suggestion::match).isSorted();
	}

	@Test
	void prefixesAreRankedByPopularity() {
		List<Suggestion> suggestions = this.typeahead.suggest("lära", ConceptKind.OCCUPATION, 10);
		assertThat(suggestions).hasSize(10).allSatisfy((s) -> assertThat(s.match()).isEqualTo(MatchType.PREFIX));
		List<Suggestion> preferred = suggestions.stream()
			.filter((s) -> s.concept().labels().preferred().containsValue(s.label()))
			.toList();
		assertThat(preferred).extracting(Suggestion::popularity).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void startingWithGivesTheExactAndPrefixSuggestionsOfSuggestInItsOrder() {
		for (String query : List.of("sykepleier", "lära", "lærer", "sjuksköterska", "grundutbildad", "sjukskoterska",
				"kokk", "distribution leveranser", "lääkäri", "elektriker Narvik", "xq", "n")) {
			for (int limit : List.of(1, 3, 12)) {
				List<Suggestion> all = this.typeahead.suggest(query, ConceptKind.OCCUPATION, limit);
				List<Suggestion> starting = all.stream()
					.filter((s) -> s.match() == MatchType.EXACT || s.match() == MatchType.PREFIX)
					.toList();
				assertThat(this.typeahead.startingWith(query, ConceptKind.OCCUPATION, limit))
					.as("'%s', %d at most", query, limit)
					.containsExactlyElementsOf(starting);
			}
		}
		assertThat(this.typeahead.startingWith("lära", ConceptKind.OCCUPATION, 10)).hasSize(10);
		assertThat(this.typeahead.startingWith("grundutbildad", ConceptKind.OCCUPATION, 10)).isEmpty();
	}

	@Test
	void oneSuggestionPerConcept() {
		List<Suggestion> suggestions = this.typeahead.suggest("n", 50);
		assertThat(suggestions).hasSize(50);
		assertThat(suggestions).extracting((s) -> s.concept().id()).doesNotHaveDuplicates();
	}

	@Test
	void laterWordsOfALabelMatchAfterLabelStarts() {
		List<Suggestion> suggestions = this.typeahead.suggest("grundutbildad", ConceptKind.OCCUPATION, 5);
		assertThat(suggestions).anySatisfy((s) -> {
			assertThat(s.label()).isEqualTo("sjuksköterska, grundutbildad");
			assertThat(s.match()).isEqualTo(MatchType.WORD_PREFIX);
		});
	}

	@Test
	void missingDiacriticsAreForgivenButTypedOnesMatchExactly() {
		assertThat(this.typeahead.suggest("sjukskoterska, grund", ConceptKind.OCCUPATION, 3).get(0)).satisfies((s) -> {
			assertThat(s.label()).isEqualTo("sjuksköterska, grundutbildad");
			assertThat(s.match()).isEqualTo(MatchType.FOLDED_PREFIX);
		});
		assertThat(this.typeahead.suggest("tromsø", ConceptKind.PLACE, 3).get(0).match()).isEqualTo(MatchType.EXACT);
	}

	@Test
	void typosAreForgivenWhenPrefixesFindNothing() {
		Suggestion suggestion = this.typeahead.suggest("sykepelier", ConceptKind.OCCUPATION, 3).get(0);
		assertThat(suggestion.label()).isEqualTo("sykepleier");
		assertThat(suggestion.match()).isEqualTo(MatchType.FUZZY);
	}

	@Test
	void placesLanguagesAndLicencesAreSuggestedToo() {
		assertThat(this.typeahead.suggest("Giron", ConceptKind.PLACE, 1).get(0).concept().id())
			.isEqualTo("place:SE:2584");
		assertThat(this.typeahead.suggest("nordsam", ConceptKind.LANGUAGE, 1).get(0).concept().id())
			.isEqualTo("iso639:sme");
		assertThat(this.typeahead.suggest("C1E", ConceptKind.DRIVING_LICENCE, 1).get(0).concept().id())
			.isEqualTo("licence:C1E");
	}

	@Test
	void blankQueriesSuggestNothing() {
		assertThat(this.typeahead.suggest("  ", 10)).isEmpty();
		assertThat(this.typeahead.suggest("zzzzqqqq", 10)).isEmpty();
	}

	@Test
	void everyLabelIsIndexed() {
		assertThat(this.typeahead.labelCounts().get(ConceptKind.OCCUPATION)).isGreaterThan(40_000);
		assertThat(this.typeahead.labelCounts().get(ConceptKind.SKILL)).isGreaterThan(15_000);
	}

}
