package io.arcticmatch.web.explanations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.matching.MatchReason;
import io.arcticmatch.matcher.matching.MatchReasons;
import io.arcticmatch.matcher.matching.MatchScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A match score in words, in the reader's language, with the concepts named and the
 * numbers formatted for the locale.
 */
class MatchExplanationsTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

	private static Concepts concepts;

	private static MatchExplanations explanations;

	@BeforeAll
	static void loadConcepts() {
		concepts = Concepts.loadDefault();
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/explanations", "i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		explanations = new MatchExplanations(concepts, messages);
	}

	@Test
	void summarySaysWhatMatchedWhatIsMissingAndHowFarInTheReadersLanguage() {
		String welding = skillId("svets");
		MatchScore score = MatchScore.of(List.of(
				MatchReason.sumOf(MatchReasons.SKILLS,
						List.of(MatchReason.leaf(12, MatchReasons.SKILL_COVERED, welding))),
				MatchReason.sumOf(MatchReasons.LANGUAGES,
						List.of(MatchReason.leaf(8, MatchReasons.LANGUAGE_REQUIRED_HELD, "en", "B2"))),
				MatchReason.sumOf(MatchReasons.LICENCES,
						List.of(MatchReason.leaf(0, MatchReasons.LICENCE_MISSING, "licence:C"))),
				MatchReason.sumOf(MatchReasons.PLACE,
						List.of(MatchReason.leaf(4.25, MatchReasons.PLACE_WITHIN_COMMUTE, 132.4, 150.0, "Narvik")))));

		Explanation explained = explanations.explain(score, SWEDISH);

		String weldingInSwedish = concepts.byId(welding).orElseThrow().label(LabelLanguage.SV);
		String licenceC = concepts.byId("licence:C").orElseThrow().label(LabelLanguage.SV);
		assertThat(explained.summary()).isEqualTo(
				"matchar: %s, engelska B2; saknas: %s; 132 km från Narvik".formatted(weldingInSwedish, licenceC));
		assertThat(explained.score()).isEqualTo(24);
	}

	@Test
	void everyPartShowsItsPointsAndEachReasonItsToneInTheLocalesNumbers() {
		MatchScore score = MatchScore.of(List.of(
				MatchReason.sumOf(MatchReasons.PLACE,
						List.of(MatchReason.leaf(12.5, MatchReasons.PLACE_WITHIN_COMMUTE, 40.0, 60.0, "Tromsø"))),
				MatchReason.sumOf(MatchReasons.SALARY, List.of(MatchReason.leaf(0, MatchReasons.SALARY_NOT_STATED)))));

		Explanation explained = explanations.explain(score, NORWEGIAN);

		assertThat(explained.parts()).extracting(Explanation.Part::title).containsExactly("Sted", "Lønn");
		assertThat(explained.parts().get(0).points()).isEqualTo("+12,5");
		Explanation.Line place = explained.parts().get(0).lines().get(0);
		assertThat(place.text()).isEqualTo("40 km fra Tromsø, innenfor dine 60 km");
		assertThat(place.tone()).isEqualTo(Explanation.Tone.MATCHED);
		Explanation.Line salary = explained.parts().get(1).lines().get(0);
		assertThat(salary.text()).isEqualTo("Annonsen oppgir ikke lønn");
		assertThat(salary.tone()).isEqualTo(Explanation.Tone.NEUTRAL);
	}

	@Test
	void whatIsMissingSpeaksAgainstTheMatchEvenWhenItCostsNoPoints() {
		MatchScore score = MatchScore.of(List.of(MatchReason.sumOf(MatchReasons.LANGUAGES,
				List.of(MatchReason.leaf(0, MatchReasons.LANGUAGE_REQUIRED_MISSING, "nb", "")))));

		Explanation.Line line = explanations.explain(score, Locale.ENGLISH).parts().get(0).lines().get(0);

		assertThat(line.tone()).isEqualTo(Explanation.Tone.MISSING);
		assertThat(line.text()).isEqualTo("Bokmål is required and not in your profile");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 5 })
	void daysAreSaidTheWayTheLanguageSaysThem(int days) {
		MatchScore score = MatchScore.of(List.of(MatchReason.sumOf(MatchReasons.FRESHNESS,
				List.of(MatchReason.leaf(1, MatchReasons.FRESHNESS_PUBLISHED, days)))));

		String text = explanations.explain(score, SWEDISH).parts().get(0).lines().get(0).text();

		assertThat(text).isEqualTo(switch (days) {
			case 0 -> "Publicerad i dag";
			case 1 -> "Publicerad i går";
			default -> "Publicerad för 5 dagar sedan";
		});
	}

	@Test
	void everyReasonTheMatcherGivesHasATextInEveryLanguage() throws IllegalAccessException {
		List<String> missing = new ArrayList<>();
		for (String language : List.of("en", "nb", "sv", "fi")) {
			Properties bundle = bundle(language);
			for (Field field : MatchReasons.class.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					String key = (String) field.get(null);
					boolean topLevel = key.chars().filter((c) -> c == '.').count() == 1;
					String needed = (topLevel && !key.equals(MatchReasons.START_NOT_STATED)
							&& !key.equals(MatchReasons.FLOOR)) ? key + ".title" : key;
					if (!bundle.containsKey(needed)) {
						missing.add(language + ": " + needed);
					}
				}
			}
		}

		assertThat(missing).isEmpty();
	}

	private static String skillId(String text) {
		return concepts.typeahead().suggest(text, ConceptKind.SKILL, 1).get(0).concept().id();
	}

	private static Properties bundle(String language) {
		Properties properties = new Properties();
		try (InputStream in = MatchExplanationsTest.class
			.getResourceAsStream("/i18n/explanations_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return properties;
	}

}
