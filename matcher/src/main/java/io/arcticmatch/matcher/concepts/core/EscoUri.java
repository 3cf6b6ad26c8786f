package io.arcticmatch.matcher.concepts.core;

/**
 * The URI of an ESCO concept, e.g.
 * {@code http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50}.
 *
 * @param value the URI
 */
public record EscoUri(String value) {

	/** What every ESCO URI starts with. */
	public static final String PREFIX = "http://data.europa.eu/esco/";

	public EscoUri {
		if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
			throw new IllegalArgumentException("Not an ESCO URI: '" + value + "'");
		}
	}

	/**
	 * Whether a text is an ESCO URI.
	 * @param value the text
	 * @return true if it starts with {@link #PREFIX}
	 */
	public static boolean isValid(String value) {
		return value.startsWith(PREFIX) && value.length() > PREFIX.length();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
