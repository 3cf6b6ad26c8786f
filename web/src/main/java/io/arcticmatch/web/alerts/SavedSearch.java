package io.arcticmatch.web.alerts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A search a job seeker keeps, with its alert.
 *
 * @param id the saved search's id
 * @param seeker whose it is
 * @param name what the seeker called it
 * @param query the search page's query string, without paging
 * @param frequency how often the alert mails
 * @param locale the language its mails are written in
 * @param paused whether the alert is off (paused or unsubscribed); the search is kept
 * @param unsubscribeToken the secret of the unsubscribe link in its mails
 * @param createdAt when it was saved
 * @param lastRunAt when the alert last searched successfully, {@code null} before its
 * first run
 * @param lastSentAt when the alert last mailed postings, {@code null} if never
 */
public record SavedSearch(UUID id, AccountId seeker, String name, String query, Frequency frequency, Locale locale,
		boolean paused, String unsubscribeToken, Instant createdAt, @Nullable Instant lastRunAt,
		@Nullable Instant lastSentAt) {

	/**
	 * @return the moment the alert next looks for postings: one period after its last
	 * run, or after it was saved
	 */
	public Instant dueAt() {
		return since().plus(this.frequency.period());
	}

	/**
	 * @param now the moment to judge at
	 * @return whether the alert should run now
	 */
	public boolean isDue(Instant now) {
		return !this.paused && !now.isBefore(dueAt());
	}

	/**
	 * @return from when on postings are new to this alert
	 */
	Instant since() {
		return (this.lastRunAt != null) ? this.lastRunAt : this.createdAt;
	}

	@Override
	public String toString() {
		// never the token: it is a secret and toString ends up in logs
		return "SavedSearch[%s, %s, %s]".formatted(this.id, this.frequency, this.query);
	}

}
