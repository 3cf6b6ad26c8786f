package io.arcticmatch.matcher.posting;

/**
 * The posting store could not be reached or refused an operation. Callers keep what they
 * tried to store and retry later.
 */
public class PostingIndexUnavailable extends RuntimeException {

	public PostingIndexUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
