package io.arcticmatch.web.concepts;

import java.util.Arrays;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.core.ConceptKind;

/**
 * A {@code kind} parameter names no kind of concept; answered as a 400 problem detail.
 */
class UnknownConceptKind extends ErrorResponseException {

	UnknownConceptKind(String kind) {
		super(HttpStatus.BAD_REQUEST,
				ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"Unknown kind '%s'; use one of %s".formatted(kind,
								Arrays.stream(ConceptKind.values())
									.map((known) -> known.name().toLowerCase(Locale.ROOT))
									.toList())),
				null);
	}

}
