package io.arcticmatch.matcher.posting;

/**
 * A search that cannot be run as asked; the message says what to change.
 */
public class InvalidPostingQuery extends IllegalArgumentException {

	public InvalidPostingQuery(String message) {
		super(message);
	}

}
