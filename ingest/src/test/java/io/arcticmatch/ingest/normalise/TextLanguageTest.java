package io.arcticmatch.ingest.normalise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLanguageTest {

	@Test
	void recognisesTheFourLanguagesOfTheRegion() {
		assertThat(TextLanguage.guess("Vi søker en sykepleier som har erfaring og som ikke er redd for å jobbe"))
			.isEqualTo("nb");
		assertThat(TextLanguage.guess("Vi söker en sjuksköterska som har erfarenhet och som inte är rädd för arbete"))
			.isEqualTo("sv");
		assertThat(TextLanguage.guess("Haemme sairaanhoitajaa, jolla on kokemusta ja joka on valmis työhön"))
			.isEqualTo("fi");
		assertThat(TextLanguage.guess("We are looking for a nurse with experience and you are ready for work"))
			.isEqualTo("en");
	}

	@Test
	void nynorskWinsOnlyByItsOwnWords() {
		assertThat(TextLanguage.guess("Vi søkjer ein sjukepleiar som ikkje er redd for arbeid og som kan vere med"))
			.isEqualTo("nn");
	}

	@Test
	void tooLittleTextIsNotGuessed() {
		assertThat(TextLanguage.guess("Sykepleier")).isNull();
	}

	@Test
	void wordsAreRunsOfLettersInAnyCaseAndMarkupBetweenThemIsSkipped() {
		assertThat(TextLanguage.guess("<p>VI SÖKER</p><ul><li>Dig</li><li>som</li></ul>")).isEqualTo("sv");
	}

	@Test
	void wordsBeyondLatinOneAreLowerCasedByTheStringsOwnRules() {
		// Greek capitals lower-case to letters no marker has; Ａ (full width) is no a
		assertThat(TextLanguage.guess("ΣΟΜ ΣΟΜ ΣΟΜ Ａnd Ａnd Ａnd")).isNull();
		assertThat(TextLanguage.guess("Søker TJÄNSTEN Och Hos SÖKER är")).isEqualTo("sv");
	}

	@Test
	void onlyTheFirstFourHundredWordsAreRead() {
		String filler = "lorem ".repeat(400);
		assertThat(TextLanguage.guess(filler + "vi söker dig som har")).isNull();
		assertThat(TextLanguage.guess("lorem ".repeat(395) + "vi söker dig som har")).isEqualTo("sv");
	}

}
