package io.arcticmatch.web.concepts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggests concepts for what a user types. Public and read-only, like the search API: it
 * tells nothing about a person.
 */
@RestController
class ConceptTypeaheadController {

	static final int MAX_SUGGESTIONS = 20;

	private final Concepts concepts;

	ConceptTypeaheadController(Concepts concepts) {
		this.concepts = concepts;
	}

	@GetMapping("/api/concepts")
	@Operation(summary = "Suggest concepts for a typed text",
			description = "Occupations, skills, places, languages and driving licences by any of their labels "
					+ "in Norwegian, Swedish, Finnish, English or Sámi; best first.")
	List<ConceptSuggestion> suggest(@Parameter(description = "what the user typed") @RequestParam("q") String text,
			@Parameter(description = "only these kinds, e.g. occupation,skill; all kinds when left out") @RequestParam(
					name = "kind", required = false) List<String> kinds,
			@Parameter(description = "how many, 1 to 20") @RequestParam(name = "limit", defaultValue = "10") int limit,
			Locale locale) {
		if (text.isBlank()) {
			return List.of();
		}
		LabelLanguage language = LabelLanguage.fromTag(locale.toLanguageTag()).orElse(LabelLanguage.EN);
		return this.concepts.typeahead()
			.suggest(text, kinds(kinds), Math.clamp(limit, 1, MAX_SUGGESTIONS))
			.stream()
			.map((suggestion) -> new ConceptSuggestion(suggestion.concept().id(),
					suggestion.concept().kind().name().toLowerCase(Locale.ROOT), suggestion.label(),
					suggestion.concept().label(language)))
			.toList();
	}

	@ExceptionHandler
	ProblemDetail unknownKind(UnknownConceptKind problem) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.getMessage());
	}

	private static Set<ConceptKind> kinds(List<String> names) {
		if (names == null || names.isEmpty()) {
			return EnumSet.allOf(ConceptKind.class);
		}
		Set<ConceptKind> kinds = EnumSet.noneOf(ConceptKind.class);
		for (String name : names) {
			try {
				kinds.add(ConceptKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new UnknownConceptKind(name);
			}
		}
		return kinds;
	}

}
