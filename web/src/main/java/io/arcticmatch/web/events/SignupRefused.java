package io.arcticmatch.web.events;

/**
 * A change of seats that cannot be made; the owner's page says why in its own words.
 */
public class SignupRefused extends RuntimeException {

	private final Reason reason;

	SignupRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why.
	 */
	public enum Reason {

		/** Sign-up has not opened yet. */
		NOT_YET_OPEN,

		/** Sign-up has closed. */
		CLOSED,

		/** The person is signed up already, seated or waiting. */
		ALREADY_SIGNED_UP,

		/** Every seat is taken. */
		NO_FREE_SEAT,

		/** Fewer seats than people seated: those who have a seat keep it. */
		CAPACITY_BELOW_SEATED

	}

}
