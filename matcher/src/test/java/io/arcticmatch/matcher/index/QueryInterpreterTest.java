package io.arcticmatch.matcher.index;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.index.InterpretedText.Occupation;
import io.arcticmatch.matcher.index.InterpretedText.Place;
import io.arcticmatch.matcher.index.InterpretedText.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryInterpreterTest {

	private static QueryInterpreter interpreter;

	@BeforeAll
	static void loadConcepts() {
		interpreter = new QueryInterpreter(Concepts.loadDefault());
	}

	@Test
	void occupationAndPlaceNamesBecomeConcepts() {
		InterpretedText text = interpreter.interpret("sykepleier Kiruna");

		assertThat(text.parts()).hasSize(2);
		assertThat(text.parts().get(0)).isInstanceOfSatisfying(Occupation.class,
				(occupation) -> assertThat(occupation.iscoUnitGroups()).containsExactly("2221"));
		assertThat(text.parts().get(1)).isInstanceOfSatisfying(Place.class,
				(place) -> assertThat(place.placeIds()).containsExactly("place:SE:2584"));
	}

	@Test
	void aTitleThatHeadsLongerTitlesNamesThoseOccupations() {
		InterpretedText text = interpreter.interpret("sjuksköterska");

		assertThat(text.parts()).singleElement()
			.isInstanceOfSatisfying(Occupation.class,
					(occupation) -> assertThat(occupation.iscoUnitGroups()).contains("2221"));
	}

	@Test
	void regionsAndCountriesAreRecognisedToo() {
		assertThat(interpreter.interpret("Nordland").parts())
			.containsExactly(new Place("Nordland", java.util.Set.of("place:NO:region:18")));
		assertThat(interpreter.interpret("Sverige").parts())
			.containsExactly(new Place("Sverige", java.util.Set.of("place:SE")));
	}

	@Test
	void wordsThatNameNoConceptStayWords() {
		assertThat(interpreter.interpret("deltid helg").parts()).containsExactly(new Words("deltid helg"));
	}

	@Test
	void stopWordsOfAnyLanguageAreLeftOutButAcronymsStay() {
		assertThat(interpreter.interpret("deltid i helg och the").parts()).containsExactly(new Words("deltid helg"));
		assertThat(interpreter.interpret("IT deltid").parts()).containsExactly(new Words("IT deltid"));
		assertThat(interpreter.interpret("och i").parts()).containsExactly(new Words("och i"));
	}

	@Test
	void aTitleFollowedByALittleWordIsStillTheTitle() {
		InterpretedText text = interpreter.interpret("lærer i Tromsø");

		assertThat(text.parts()).hasSize(2);
		assertThat(text.parts().get(0)).isInstanceOfSatisfying(Occupation.class,
				(occupation) -> assertThat(occupation.text()).isEqualTo("lærer"));
		assertThat(text.parts().get(1)).isInstanceOf(Place.class);
	}

	@Test
	void twoLetterWordsAreNeverTakenForPlaces() {
		assertThat(interpreter.interpret("ii").parts()).containsExactly(new Words("ii"));
	}

	@Test
	void textWithQueryOperatorsIsTakenLiterally() {
		assertThat(interpreter.interpret("\"sykepleier Kiruna\"").parts())
			.containsExactly(new Words("\"sykepleier Kiruna\""));
		assertThat(interpreter.interpret("kokk -Narvik").parts()).containsExactly(new Words("kokk -Narvik"));
	}

	@Test
	void blankTextHasNoParts() {
		assertThat(interpreter.interpret("  ").isEmpty()).isTrue();
	}

}
