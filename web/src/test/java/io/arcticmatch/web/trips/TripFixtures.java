package io.arcticmatch.web.trips;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes people and trips for trip tests, unique per call so tests share the context
 * safely. People made in bulk get their row directly (hashing 500 passwords would take a
 * minute); people who sign in are opened through {@link AccountService}.
 */
record TripFixtures(JdbcClient jdbc, AccountService accounts, Trips trips) {

	static final String PASSWORD = "a long enough password";

	/**
	 * A domain of its own for one test, so its mails can be found in the shared
	 * GreenMail.
	 */
	static String domain() {
		return "trips-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}

	Account person(Role role, String email) {
		AccountId id = this.accounts
			.open(new NewAccount(email, "Person " + email.substring(0, email.indexOf('@')), PASSWORD, role));
		return this.accounts.find(id).orElseThrow();
	}

	Account bulkSeeker(String email) {
		Account account = new Account(new AccountId(UUID.randomUUID()), email.toLowerCase(Locale.ROOT),
				"Seeker " + email, "{noop}unused", Role.SEEKER, Instant.now());
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, role, created_at)
				values (:id, :email, :name, :hash, :role, :at)
				""")
			.param("id", account.id().value())
			.param("email", account.email())
			.param("name", account.displayName())
			.param("hash", account.passwordHash())
			.param("role", account.role().name())
			.param("at", Trips.utc(account.createdAt()))
			.update();
		return account;
	}

	static TripDetails details(String title, int seats, Instant startsAt) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		return new TripDetails(title, "Visit to the mine and two employers.", "place:SE:2584", startsAt,
				startsAt.plus(Duration.ofHours(30)), ZoneId.of("Europe/Stockholm"), seats,
				now.minus(Duration.ofHours(1)), startsAt.minus(Duration.ofDays(1)), Eligibility.ANYONE_SIGNED_IN,
				List.of(), null, "Kiruna station, main entrance", "sv");
	}

	static Instant inDays(int days) {
		return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(days));
	}

	UUID trip(Account organiser, TripDetails details) {
		return this.trips.create(organiser.id(), details);
	}

}
