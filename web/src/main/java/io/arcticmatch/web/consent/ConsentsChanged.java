package io.arcticmatch.web.consent;

import io.arcticmatch.web.accounts.AccountId;

/**
 * Published when a seeker's consents change: one given or withdrawn, or all erased with
 * the account. Listeners that keep something derived from who consents (such as the
 * employers' pool of candidates) refresh it; the change is committed once a transactional
 * listener after commit hears of it.
 *
 * @param seeker whose consents changed
 */
public record ConsentsChanged(AccountId seeker) {

}
