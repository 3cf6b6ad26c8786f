package io.arcticmatch.ingest.source;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A code as the source gave it, tagged by its code system.
 *
 * @param system the code system
 * @param code the code, unchanged (leading zeros and dots kept)
 * @param label the source's label for it, in the source's language, if any
 */
public record SourceCode(CodeSystem system, String code, @Nullable String label) {

	public SourceCode {
		Objects.requireNonNull(system, "system");
		if (code.isBlank()) {
			throw new IllegalArgumentException("A %s code cannot be blank".formatted(system));
		}
	}

}
