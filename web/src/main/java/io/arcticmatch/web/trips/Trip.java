package io.arcticmatch.web.trips;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A study or matchmaking trip as kept.
 *
 * @param id the trip's id
 * @param details what the organiser entered
 * @param organiser the coach or administrator who created it; {@code null} once their
 * account is gone
 * @param createdAt when it was created
 */
public record Trip(UUID id, TripDetails details, @Nullable AccountId organiser, Instant createdAt) {

	public String title() {
		return this.details.title();
	}

	public int seats() {
		return this.details.seats();
	}

	public ZoneId zone() {
		return this.details.timeZone();
	}

	public ZonedDateTime start() {
		return this.details.startsAt().atZone(this.details.timeZone());
	}

	public ZonedDateTime end() {
		return this.details.endsAt().atZone(this.details.timeZone());
	}

	public ZonedDateTime signupCloses() {
		return this.details.signupClosesAt().atZone(this.details.timeZone());
	}

	public ZonedDateTime signupOpens() {
		return this.details.signupOpensAt().atZone(this.details.timeZone());
	}

	/**
	 * @return whether a sign-up made at that moment is taken
	 */
	public boolean signupOpenAt(Instant now) {
		return !now.isBefore(this.details.signupOpensAt()) && now.isBefore(this.details.signupClosesAt());
	}

	public boolean endedBy(Instant now) {
		return !now.isBefore(this.details.endsAt());
	}

}
