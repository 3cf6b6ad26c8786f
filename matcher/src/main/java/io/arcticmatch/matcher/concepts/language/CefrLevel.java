package io.arcticmatch.matcher.concepts.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the Common European Framework of Reference for Languages, plus native
 * (first language) above C2.
 */
public enum CefrLevel {

	/** Breakthrough. */
	A1,
	/** Waystage. */
	A2,
	/** Threshold. */
	B1,
	/** Vantage. */
	B2,
	/** Effective operational proficiency. */
	C1,
	/** Mastery. */
	C2,
	/** First language. */
	NATIVE;

	/**
	 * Whether this level meets a required one.
	 * @param required the level asked for
	 * @return true if this is the same or higher
	 */
	public boolean meets(CefrLevel required) {
		return compareTo(required) >= 0;
	}

	/**
	 * A level by its CEFR code, any case; {@code native} and {@code mother tongue} for
	 * {@link #NATIVE}.
	 * @param code e.g. {@code b2}
	 * @return the level
	 */
	public static Optional<CefrLevel> fromCode(String code) {
		String clean = code.strip().toUpperCase(Locale.ROOT);
		return switch (clean) {
			case "A1", "A2", "B1", "B2", "C1", "C2" -> Optional.of(valueOf(clean));
			case "NATIVE", "MOTHER TONGUE", "FIRST LANGUAGE" -> Optional.of(NATIVE);
			default -> Optional.empty();
		};
	}

}
