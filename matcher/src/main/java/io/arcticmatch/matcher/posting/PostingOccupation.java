package io.arcticmatch.matcher.posting;

import io.arcticmatch.matcher.concepts.occupation.IscoCode;
import org.jspecify.annotations.Nullable;

/**
 * The occupation a posting was mapped to, language-independent.
 *
 * @param conceptId the occupation concept's id in the concept layer
 * @param escoUri the ESCO occupation, when the concept is one
 * @param iscoCode the finest ISCO-08 group known: the unit group (4 digits) in most
 * cases, a coarser one (1 to 3 digits) when the source's code only reaches that far
 * @param confidence how sure the mapping from the source's code is, 0 to 1
 */
public record PostingOccupation(String conceptId, @Nullable String escoUri, String iscoCode, double confidence) {

	public PostingOccupation {
		if (!IscoCode.isValid(iscoCode)) {
			throw new IllegalArgumentException("An ISCO-08 group has 1 to 4 digits, not '%s'".formatted(iscoCode));
		}
		if (!(confidence > 0 && confidence <= 1)) {
			throw new IllegalArgumentException("A mapping confidence is in (0, 1], not " + confidence);
		}
	}

}
