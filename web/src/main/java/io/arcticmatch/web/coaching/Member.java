package io.arcticmatch.web.coaching;

import java.time.Instant;

import io.arcticmatch.web.accounts.AccountId;

/**
 * A job seeker in a group.
 *
 * @param seeker their account
 * @param displayName their name
 * @param email their address
 * @param joinedAt when they joined
 */
public record Member(AccountId seeker, String displayName, String email, Instant joinedAt) {

}
