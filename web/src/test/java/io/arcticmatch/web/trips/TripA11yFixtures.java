package io.arcticmatch.web.trips;

import java.util.UUID;

import io.arcticmatch.web.accounts.Account;

import org.springframework.context.ApplicationContext;

/**
 * A trip for the accessibility test of every page, which sits outside this package.
 */
public final class TripA11yFixtures {

	private TripA11yFixtures() {
	}

	/**
	 * @param context the application
	 * @param organiser a coach
	 * @param host an employer who hosts the trip
	 * @return a trip in ten days, open to any signed-in seeker, with one agenda item
	 */
	public static UUID trip(ApplicationContext context, Account organiser, Account host) {
		Trips trips = context.getBean(Trips.class);
		UUID trip = trips.create(organiser.id(),
				TripFixtures.details("Kiruna mine visit", 12, TripFixtures.inDays(10)));
		trips.addAgendaItem(trip, TripFixtures.inDays(10), "Welcome at the station");
		trips.addHost(trip, host.id());
		return trip;
	}

}
