package io.arcticmatch.web.trips;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the seated participants of a trip by mail {@code arctic.trips.reminder-lead}
 * before it starts. A trip is claimed by stamping it in one statement, so that two
 * instances (or a test and the scheduler) never remind twice; a mail that fails is not
 * retried: at most one reminder.
 */
@Component
class TripReminders {

	private final JdbcClient jdbc;

	private final Trips trips;

	private final TripSignups signups;

	private final TripMail mail;

	private final TripSettings settings;

	private final Clock clock;

	TripReminders(JdbcClient jdbc, Trips trips, TripSignups signups, TripMail mail, TripSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.trips = trips;
		this.signups = signups;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${arctic.trips.reminder-interval:15m}",
			initialDelayString = "${arctic.trips.reminder-interval:15m}")
	void run() {
		runDue(this.clock.instant());
	}

	/**
	 * Reminds the participants of every trip that starts within the lead time from
	 * {@code now} and has not been reminded of yet.
	 * @return how many reminders went out
	 */
	int runDue(Instant now) {
		List<UUID> due = this.jdbc.sql("""
				update trips_trip set reminder_sent_at = :now
				where reminder_sent_at is null and starts_at > :now and starts_at <= :until
				returning id
				""")
			.param("now", Trips.utc(now))
			.param("until", Trips.utc(now.plus(this.settings.reminderLead())))
			.query(UUID.class)
			.list();
		int sent = 0;
		for (UUID id : due) {
			Trip trip = this.trips.find(id).orElse(null);
			if (trip == null) {
				continue;
			}
			for (Signup signup : this.signups.of(id)) {
				if (signup.seated() && this.mail.reminder(trip, signup.seeker())) {
					sent++;
				}
			}
		}
		return sent;
	}

}
