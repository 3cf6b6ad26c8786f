package io.arcticmatch.web.events;

import io.arcticmatch.web.accounts.AccountId;

/**
 * An account as a list of sign-ups names it.
 *
 * @param id the account
 * @param email its address
 * @param displayName its name
 */
public record Participant(AccountId id, String email, String displayName) {

}
