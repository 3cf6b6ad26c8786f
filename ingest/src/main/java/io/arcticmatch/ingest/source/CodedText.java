package io.arcticmatch.ingest.source;

import org.jspecify.annotations.Nullable;

/**
 * A value the source gives as a label, a code or both, e.g. an employment type.
 *
 * @param text the label as given, in the source's language
 * @param code the source's code for it
 */
public record CodedText(@Nullable String text, @Nullable String code) {

	/**
	 * @param text the label, may be null
	 * @param code the code, may be null
	 * @return the value, or null when both are missing
	 */
	public static @Nullable CodedText of(@Nullable String text, @Nullable String code) {
		return (text == null && code == null) ? null : new CodedText(text, code);
	}

}
