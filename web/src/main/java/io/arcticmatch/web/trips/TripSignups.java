package io.arcticmatch.web.trips;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.events.Attendance;
import io.arcticmatch.web.events.EventSignups;
import io.arcticmatch.web.events.NoSuchEvent;
import io.arcticmatch.web.events.Participant;
import io.arcticmatch.web.events.SignupRefused;

import org.springframework.stereotype.Service;

/**
 * A trip's seats and waiting list, kept by the shared sign-up machinery
 * ({@link EventSignups}) under the trip's id; this class speaks trips' language to it:
 * sign-ups name a trip and a seeker, refusals carry trips' message keys, an unknown event
 * is an unknown trip.
 */
@Service
class TripSignups {

	private final EventSignups events;

	TripSignups(EventSignups events) {
		this.events = events;
	}

	/**
	 * Signs a seeker up: seated if a seat is free, else on the waiting list.
	 * @throws TripNotFound when the seeker may not join the trip
	 * @throws TripRefusal when sign-up is not open or they are signed up already
	 */
	Signup signUp(UUID tripId, Account seeker, String needs, String motivation) {
		try {
			return view(this.events.signUp(tripId, seeker, needs, motivation));
		}
		catch (NoSuchEvent ex) {
			throw new TripNotFound();
		}
		catch (SignupRefused refused) {
			throw refusal(refused);
		}
	}

	/**
	 * The seeker leaves the trip; a seat they free goes to the first on the waiting list.
	 * @return whether they were signed up
	 */
	boolean cancel(UUID tripId, AccountId seeker) {
		try {
			return this.events.cancel(tripId, seeker);
		}
		catch (NoSuchEvent ex) {
			throw new TripNotFound();
		}
	}

	/**
	 * The organiser takes someone off the trip; a seat they free goes to the first on the
	 * waiting list.
	 */
	void remove(UUID tripId, long arrival) {
		this.events.remove(tripId, arrival);
	}

	/**
	 * The organiser seats someone from the waiting list out of turn, if a seat is free.
	 * @throws TripRefusal when every seat is taken
	 */
	void seat(UUID tripId, long arrival) {
		try {
			this.events.seat(tripId, arrival);
		}
		catch (SignupRefused refused) {
			throw refusal(refused);
		}
	}

	/**
	 * Raises the seats of a trip from its waiting list after the organiser changed it.
	 */
	void fillFreeSeats(UUID tripId) {
		this.events.fillFreeSeats(tripId);
	}

	void markAttendance(UUID tripId, long arrival, Attendance attendance) {
		this.events.markAttendance(tripId, arrival, attendance);
	}

	Optional<Signup> find(UUID trip, AccountId seeker) {
		return this.events.find(trip, seeker).map(TripSignups::view);
	}

	/**
	 * @return the trip's sign-ups: the seated in arrival order, then the waiting list
	 */
	List<Signup> of(UUID trip) {
		return this.events.of(trip).stream().map(TripSignups::view).toList();
	}

	List<Signup> ofSeeker(AccountId seeker) {
		return this.events.ofPerson(seeker, Trips.EVENT_OWNER).stream().map(TripSignups::view).toList();
	}

	int seated(UUID trip) {
		return this.events.seated(trip);
	}

	/**
	 * Takes the seeker off every trip; the seats they free go to the waiting lists.
	 */
	void leaveAll(AccountId seeker) {
		this.events.leaveAll(seeker, Trips.EVENT_OWNER);
	}

	static TripRefusal refusal(SignupRefused refused) {
		return new TripRefusal(switch (refused.reason()) {
			case NOT_YET_OPEN -> "trips.error.notYetOpen";
			case CLOSED -> "trips.error.closed";
			case ALREADY_SIGNED_UP -> "trips.error.alreadySignedUp";
			case NO_FREE_SEAT -> "trips.error.noFreeSeat";
			case CAPACITY_BELOW_SEATED -> "trips.error.seatsBelowSeated";
		});
	}

	static Person person(Participant participant) {
		return new Person(participant.id(), participant.email(), participant.displayName());
	}

	private static Signup view(io.arcticmatch.web.events.Signup signup) {
		return new Signup(signup.arrival(), signup.event(), person(signup.person()), signup.status(),
				signup.waitingPosition(), signup.needs(), signup.motivation(), signup.signedUpAt(),
				signup.attendance());
	}

}
