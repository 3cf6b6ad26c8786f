package io.arcticmatch.web.events;

import java.time.Instant;

/**
 * What the sign-up machinery needs to know of an event.
 *
 * @param capacity how many can be seated, 1 to 10000
 * @param startsAt when it starts: nobody is seated from the waiting list after that
 * @param signupOpensAt from when sign-ups are taken
 * @param signupClosesAt until when sign-ups are taken (exclusive)
 */
public record EventTerms(int capacity, Instant startsAt, Instant signupOpensAt, Instant signupClosesAt) {

	public EventTerms {
		if (capacity < 1 || capacity > 10000) {
			throw new IllegalArgumentException("capacity " + capacity + " is not between 1 and 10000");
		}
		if (!signupClosesAt.isAfter(signupOpensAt)) {
			throw new IllegalArgumentException("sign-up closes before it opens");
		}
	}

	/**
	 * @return whether a sign-up made at that moment is taken
	 */
	public boolean signupOpenAt(Instant now) {
		return !now.isBefore(this.signupOpensAt) && now.isBefore(this.signupClosesAt);
	}

}
