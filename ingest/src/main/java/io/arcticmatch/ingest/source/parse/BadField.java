package io.arcticmatch.ingest.source.parse;

/**
 * A field of a payload that cannot be read. Thrown inside a converter only, and turned
 * into a {@link io.arcticmatch.ingest.source.Conversion.Rejected} with this message by
 * {@link ConversionGuard}: it never leaves a converter.
 */
public final class BadField extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message which field, what value, what was expected
	 */
	public BadField(String message) {
		super(message, null, false, false);
	}

}
