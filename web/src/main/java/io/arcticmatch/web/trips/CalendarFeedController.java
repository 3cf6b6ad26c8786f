package io.arcticmatch.web.trips;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/{token}.ics}: the trips a person is seated on, for calendar programs,
 * which subscribe without signing in: the secret token in the address is the key, and an
 * unknown token answers 404.
 */
@RestController
class CalendarFeedController {

	private final CalendarTokens tokens;

	private final TripSignups signups;

	private final Trips trips;

	private final TripCalendar calendar;

	CalendarFeedController(CalendarTokens tokens, TripSignups signups, Trips trips, TripCalendar calendar) {
		this.tokens = tokens;
		this.signups = signups;
		this.trips = trips;
		this.calendar = calendar;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		return this.tokens.owner(token).map((owner) -> {
			List<Trip> seatedOn = this.signups.ofSeeker(owner)
				.stream()
				.filter(Signup::seated)
				.map((signup) -> this.trips.find(signup.trip()).orElse(null))
				.filter((trip) -> trip != null)
				.toList();
			return TripIcs.response(this.calendar.write(seatedOn));
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

}
