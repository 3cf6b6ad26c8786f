package io.arcticmatch.web.profiles;

import java.time.Instant;

import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.AccountId;

/**
 * A seeker's profile as kept.
 *
 * @param seeker whose profile
 * @param profile what they offer and want
 * @param updatedAt when it was last saved
 */
public record StoredProfile(AccountId seeker, SeekerProfile profile, Instant updatedAt) {

}
