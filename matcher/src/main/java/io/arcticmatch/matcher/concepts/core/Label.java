package io.arcticmatch.matcher.concepts.core;

import java.util.Objects;

/**
 * One label of a concept.
 *
 * @param text the label as published
 * @param language its language
 * @param preferred whether it is the preferred label in that language (otherwise an
 * alternative label or a national term mapped to the concept)
 */
public record Label(String text, LabelLanguage language, boolean preferred) {

	public Label {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(language, "language");
		if (text.isBlank()) {
			throw new IllegalArgumentException("A label cannot be blank");
		}
	}

}
