package io.arcticmatch.web.profiles;

import io.arcticmatch.web.accounts.AccountId;

/**
 * Published when a seeker's profile is saved or erased with the account. Listeners that
 * keep something derived from profiles (such as the employers' pool of candidates)
 * refresh it; the change is committed once a transactional listener after commit hears of
 * it.
 *
 * @param seeker whose profile changed
 */
public record SeekerProfileChanged(AccountId seeker) {

}
