package io.arcticmatch.web.trips;

import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.events.EventOwner;
import io.arcticmatch.web.events.Participant;

import org.springframework.stereotype.Component;

/**
 * Trips as the owner of their events: who may sign up is the trip's eligibility, and
 * someone seated from the waiting list gets the trip's mail with its calendar entry.
 */
@Component
class TripEvents implements EventOwner {

	private final Trips trips;

	private final TripMail mail;

	TripEvents(Trips trips, TripMail mail) {
		this.trips = trips;
		this.mail = mail;
	}

	@Override
	public String name() {
		return Trips.EVENT_OWNER;
	}

	@Override
	public boolean mayJoin(UUID event, Account person) {
		return this.trips.find(event).map((trip) -> this.trips.mayJoin(trip, person)).orElse(false);
	}

	@Override
	public void seatedFromWaitingList(UUID event, Participant person) {
		this.trips.find(event).ifPresent((trip) -> this.mail.seatFromWaitingList(trip, TripSignups.person(person)));
	}

}
