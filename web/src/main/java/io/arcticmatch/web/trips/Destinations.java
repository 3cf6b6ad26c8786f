package io.arcticmatch.web.trips;

import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.web.search.ConceptLabels;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns a trip's destination, a place concept, into its name and back.
 */
@Component
class Destinations {

	private final Concepts concepts;

	Destinations(Concepts concepts) {
		this.concepts = concepts;
	}

	/**
	 * @return the place's name in the language; the id itself for an unknown place
	 */
	String label(String placeId, Locale locale) {
		return label(placeId, ConceptLabels.languageOf(locale));
	}

	String label(String placeId, LabelLanguage language) {
		return this.concepts.places().byId(placeId).map((place) -> place.label(language)).orElse(placeId);
	}

	/**
	 * @param placeId the id a typeahead chose, if any
	 * @param name what was typed
	 * @return the place: the chosen id if it is a place, else the place the name names
	 */
	Optional<Place> resolve(@Nullable String placeId, @Nullable String name) {
		if (placeId != null && !placeId.isBlank()) {
			Optional<Place> chosen = this.concepts.places().byId(placeId.strip());
			if (chosen.isPresent()) {
				return chosen;
			}
		}
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return this.concepts.places().resolveName(name.strip()).asOptional();
	}

}
