package io.arcticmatch.matcher.concepts.language;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A language.
 *
 * @param id {@code iso639:} and the 3-letter code
 * @param iso6392 the ISO 639-2 (or 639-3) code, e.g. {@code sme}, {@code fkv}
 * @param iso6391 the ISO 639-1 code if it has one, e.g. {@code se}
 * @param labels its names in en, nb, sv and fi
 */
public record Language(String id, String iso6392, @Nullable String iso6391, Labels labels) implements Concept {

	@Override
	public ConceptKind kind() {
		return ConceptKind.LANGUAGE;
	}

	/**
	 * The shortest code: ISO 639-1 where there is one, else the 3-letter code.
	 * @return e.g. {@code nb} or {@code smj}
	 */
	public String code() {
		return (this.iso6391 != null) ? this.iso6391 : this.iso6392;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Language language && this.id.equals(language.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.id;
	}

}
