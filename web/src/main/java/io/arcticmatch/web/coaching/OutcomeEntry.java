package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.AccountId;

/**
 * An outcome as a coach or member enters it.
 *
 * @param kind what came of it
 * @param employer with whom
 * @param country where
 * @param occurredOn when
 */
public record OutcomeEntry(OutcomeKind kind, String employer, Country country, LocalDate occurredOn) {

	Outcome toOutcome(GroupId group, AccountId seeker) {
		return new Outcome(UUID.randomUUID(), group, seeker, this.kind, this.employer.strip(), this.country,
				this.occurredOn, false);
	}

}
