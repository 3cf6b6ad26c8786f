package io.arcticmatch.matcher.posting;

import java.util.regex.Pattern;

/**
 * Identifies one posting across the platform: the source it came from and that source's
 * own id, e.g. {@code nav:8f2c...} or {@code jobtech:28746073}.
 */
public record PostingId(String source, String sourceId) {

	private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	public PostingId {
		if (!SOURCE.matcher(source).matches()) {
			throw new IllegalArgumentException(
					"A posting source is 1 to 32 lower-case letters, digits or '-', starting with a letter: '%s'"
						.formatted(source));
		}
		if (sourceId.isBlank()) {
			throw new IllegalArgumentException("A posting from '%s' needs a non-blank id".formatted(source));
		}
	}

	/**
	 * Parses the form {@link #toString()} writes.
	 * @param value {@code source:sourceId}
	 * @return the id
	 */
	public static PostingId parse(String value) {
		int colon = value.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("A posting id looks like 'source:id', not '%s'".formatted(value));
		}
		return new PostingId(value.substring(0, colon), value.substring(colon + 1));
	}

	@Override
	public String toString() {
		return this.source + ':' + this.sourceId;
	}

}
