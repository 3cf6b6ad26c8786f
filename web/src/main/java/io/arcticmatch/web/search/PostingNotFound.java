package io.arcticmatch.web.search;

/**
 * No posting has the id a request named; answered with a 404 problem detail.
 */
class PostingNotFound extends RuntimeException {

	private final String id;

	PostingNotFound(String id) {
		super("No posting " + id);
		this.id = id;
	}

	String id() {
		return this.id;
	}

}
