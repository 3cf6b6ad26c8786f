package io.arcticmatch.ingest.source.parse;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Keeps link fields links: sources put free text ("Se annonsen") and bare host names into
 * them.
 */
public final class Links {

	private Links() {
	}

	/**
	 * @param value a link field's text
	 * @param path the field, for the notes
	 * @param guesses where to note what was done
	 * @return an http(s) or mailto link; a bare {@code www.} host gets {@code https://}
	 * (noted); anything else is dropped (noted)
	 */
	public static @Nullable String link(@Nullable String value, String path, Guesses guesses) {
		if (value == null) {
			return null;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
			return value;
		}
		if (lower.startsWith("www.") && !value.contains(" ")) {
			guesses.add("%s '%s' has no scheme; read as https://%s".formatted(path, value, value));
			return "https://" + value;
		}
		guesses.add("%s '%s' is not a link; left empty".formatted(path, value));
		return null;
	}

}
