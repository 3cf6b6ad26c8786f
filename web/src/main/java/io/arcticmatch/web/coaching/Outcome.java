package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.AccountId;

/**
 * One entry of a member's outcome log.
 *
 * @param id the entry's id
 * @param group in which group
 * @param seeker whose
 * @param kind application, interview, job offer or hire
 * @param employer with whom
 * @param country in which country
 * @param occurredOn when
 * @param byMember whether the member entered it (rather than a coach)
 */
public record Outcome(UUID id, GroupId group, AccountId seeker, OutcomeKind kind, String employer, Country country,
		LocalDate occurredOn, boolean byMember) {

}
