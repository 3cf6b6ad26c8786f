package io.arcticmatch.matcher.concepts;

import io.arcticmatch.matcher.concepts.core.ConceptMatch.UnknownCode;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.language.CefrRange;
import io.arcticmatch.matcher.concepts.language.Language;
import io.arcticmatch.matcher.concepts.language.Languages;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.licence.Licences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesAndLicencesTest {

	private final Languages languages = TestConcepts.get().languages();

	private final Licences licences = TestConcepts.get().licences();

	@ParameterizedTest
	@CsvSource({ "se, sme", "sme, sme", "smj, smj", "sma, sma", "smn, smn", "sms, sms", "fit, fit", "fkv, fkv",
			"nb-NO, nob", "no, nor", "fi, fin", "sv_SE, swe" })
	void languagesByIsoCodeIncludeSamiMeankieliAndKven(String code, String iso6392) {
		assertThat(this.languages.fromIso(code).asOptional().map(Language::iso6392)).contains(iso6392);
	}

	@Test
	void languagesByNameInAnyLanguage() {
		assertThat(this.languages.byName("nordsamisk").asOptional().map(Language::code)).contains("se");
		assertThat(this.languages.byName("Meänkieli").asOptional().map(Language::iso6392)).contains("fit");
		assertThat(this.languages.byName("kvensk").asOptional().map(Language::iso6392)).contains("fkv");
		assertThat(this.languages.byName("suomi").asOptional().map((l) -> l.label(LabelLanguage.EN)))
			.contains("Finnish");
		assertThat(this.languages.byName("klingon")).isInstanceOf(UnknownCode.class);
	}

	@Test
	void navAndJobTechLevelWordsMapToCefrRanges() {
		assertThat(this.languages.levelFromNav("Godt").asOptional())
			.contains(new CefrRange(CefrLevel.B1, CefrLevel.B2));
		assertThat(this.languages.levelFromNav("Førstespråk (morsmål)").asOptional())
			.contains(CefrRange.of(CefrLevel.NATIVE));
		assertThat(this.languages.levelFromJobTech("Mycket bra").asOptional()).contains(CefrRange.of(CefrLevel.C1));
		assertThat(this.languages.levelFromJobTech("jy9z_V9P_fQQ").asOptional())
			.contains(new CefrRange(CefrLevel.C2, CefrLevel.NATIVE));
		assertThat(this.languages.level("b2").asOptional()).contains(CefrRange.of(CefrLevel.B2));
		assertThat(this.languages.level("sånn passe")).isInstanceOf(UnknownCode.class);
		assertThat(CefrLevel.C1.meets(CefrLevel.B2)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "B, B", "klasse BE, BE", "C1 E, C1E", "B-96, B96", "Utökad B, B96", "b96, B96", "Körkort C, C",
			"traktorkort, T", "snøscooter, S" })
	void drivingLicencesAsPostingsWriteThem(String text, String code) {
		assertThat(this.licences.fromCode(text).asOptional().map(DrivingLicence::code)).contains(code);
	}

	@Test
	void unknownLicenceKeepsTheText() {
		assertThat(this.licences.fromCode("Z9")).isInstanceOfSatisfying(UnknownCode.class,
				(unknown) -> assertThat(unknown.code()).isEqualTo("Z9"));
	}

	@Test
	void higherClassesCoverLowerOnes() {
		assertThat(this.licences.covers(licence("CE"), licence("B"))).isTrue();
		assertThat(this.licences.covers(licence("CE"), licence("C1E"))).isTrue();
		assertThat(this.licences.covers(licence("B"), licence("C"))).isFalse();
		assertThat(this.licences.covers(licence("B"), licence("T"))).isFalse();
		assertThat(this.licences.fromJobTech("VTK8_WRx_GcM").asOptional()).contains(licence("B"));
	}

	private DrivingLicence licence(String code) {
		return this.licences.fromCode(code).asOptional().orElseThrow();
	}

}
