package io.arcticmatch.web.coaching;

import io.arcticmatch.web.accounts.AccountId;

/**
 * One of a group's coaches.
 *
 * @param account their account
 * @param displayName their name
 * @param email their address
 */
public record Coach(AccountId account, String displayName, String email) {

}
