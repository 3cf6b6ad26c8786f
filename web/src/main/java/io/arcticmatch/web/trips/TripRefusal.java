package io.arcticmatch.web.trips;

/**
 * A request about a trip that cannot be done, with the message bundle key the page shows.
 */
class TripRefusal extends RuntimeException {

	private final String messageKey;

	TripRefusal(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
