package io.arcticmatch.web.mentors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.web.search.ConceptLabels;

import org.springframework.stereotype.Component;

/**
 * Occupation concepts to and from what people type and read.
 */
@Component
class Labelling {

	/** The languages a mentor can tick (ISO 639-1 codes; {@code se} is Northern Sámi). */
	static final List<String> LANGUAGES = List.of("nb", "sv", "fi", "en", "se", "ar", "so", "ti", "uk", "pl", "fa",
			"ru", "de", "es");

	private final Concepts concepts;

	Labelling(Concepts concepts) {
		this.concepts = concepts;
	}

	/**
	 * Resolves what was typed the way the typeahead would have: a concept id, an exact
	 * label, else the typeahead's best occupation for the text. Without JavaScript this
	 * is how a typed job title becomes an occupation.
	 * @param term an occupation concept id or a job title in any language
	 * @return the concept
	 */
	Optional<OccupationConcept> occupation(String term) {
		String wanted = term.strip();
		return this.concepts.occupations()
			.byId(wanted)
			.or(() -> this.concepts.occupations().byLabel(wanted).stream().findFirst())
			.or(() -> this.concepts.typeahead()
				.suggest(wanted, ConceptKind.OCCUPATION, 1)
				.stream()
				.findFirst()
				.flatMap((best) -> this.concepts.occupations().byId(best.concept().id())));
	}

	public String occupationLabel(String conceptId, Locale locale) {
		LabelLanguage language = ConceptLabels.languageOf(locale);
		return this.concepts.occupations()
			.byId(conceptId)
			.map((concept) -> concept.labels().get(language))
			.orElse(conceptId);
	}

	public List<String> occupationLabels(List<String> conceptIds, Locale locale) {
		return conceptIds.stream().map((id) -> occupationLabel(id, locale)).toList();
	}

	boolean isPlace(String name) {
		return !this.concepts.places().findByName(name).isEmpty();
	}

}
