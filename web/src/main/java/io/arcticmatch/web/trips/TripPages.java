package io.arcticmatch.web.trips;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds what trip pages show about a trip, for every role's controller.
 */
@Component
class TripPages {

	private final TripSignups signups;

	private final Destinations destinations;

	private final Clock clock;

	TripPages(TripSignups signups, Destinations destinations, Clock clock) {
		this.signups = signups;
		this.destinations = destinations;
		this.clock = clock;
	}

	TripSummary summary(Trip trip, @Nullable AccountId reader, Locale locale) {
		List<Signup> all = this.signups.of(trip.id());
		int seated = (int) all.stream().filter(Signup::seated).count();
		Signup mine = (reader != null)
				? all.stream().filter((signup) -> signup.seeker().id().equals(reader)).findFirst().orElse(null) : null;
		return new TripSummary(trip, this.destinations.label(trip.details().destinationPlaceId(), locale), seated,
				all.size() - seated, mine, trip.signupOpenAt(this.clock.instant()));
	}

	List<TripSummary> summaries(List<Trip> trips, @Nullable AccountId reader, Locale locale) {
		return trips.stream().map((trip) -> summary(trip, reader, locale)).toList();
	}

}
