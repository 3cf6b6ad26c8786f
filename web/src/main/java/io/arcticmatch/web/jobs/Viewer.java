package io.arcticmatch.web.jobs;

import java.util.Set;

import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at a job page: an anonymous visitor, or a signed-in account with, for a
 * seeker, their profile and favourites.
 *
 * @param account the signed-in account, if any
 * @param profile the seeker's profile, if they have one
 * @param favourites the ids of the seeker's favourite postings
 */
public record Viewer(@Nullable Account account, @Nullable SeekerProfile profile, Set<String> favourites) {

	static final Viewer ANONYMOUS = new Viewer(null, null, Set.of());

	public boolean isSeeker() {
		return this.account != null && this.account.role() == Role.SEEKER;
	}

}
