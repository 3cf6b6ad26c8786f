package io.arcticmatch.web.trips;

import io.arcticmatch.web.accounts.AccountId;

/**
 * An account as trip pages name it.
 *
 * @param id the account
 * @param email its address
 * @param displayName its name
 */
public record Person(AccountId id, String email, String displayName) {

}
