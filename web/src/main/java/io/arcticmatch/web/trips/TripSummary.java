package io.arcticmatch.web.trips;

import org.jspecify.annotations.Nullable;

/**
 * A trip as list and detail pages show it.
 *
 * @param trip the trip
 * @param destination its destination's name in the reader's language
 * @param seated how many are seated
 * @param waiting how many wait
 * @param mine the reader's own sign-up, if any
 * @param signupOpen whether sign-ups are taken now
 */
record TripSummary(Trip trip, String destination, int seated, int waiting, @Nullable Signup mine, boolean signupOpen) {

	public int freeSeats() {
		return Math.max(0, this.trip.seats() - this.seated);
	}

}
