package io.arcticmatch.web.concepts;

import java.util.Arrays;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.core.ConceptKind;

/**
 * A {@code kind} parameter names no kind of concept.
 */
class UnknownConceptKind extends RuntimeException {

	UnknownConceptKind(String kind) {
		super("Unknown kind '%s'; use one of %s".formatted(kind,
				Arrays.stream(ConceptKind.values()).map((known) -> known.name().toLowerCase(Locale.ROOT)).toList()));
	}

}
