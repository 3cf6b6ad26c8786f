package io.arcticmatch.web.trips;

import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.AccountId;

/**
 * The extension point for scoring participants against a host employer's openings. The
 * employers' openings feature provides a bean of this type once it exists; until then no
 * bean is there and matchmaking shows profiles without a score.
 */
public interface HostOpenings {

	/**
	 * @param employer the host employer
	 * @return the employer's open positions as postings the matcher can score against
	 */
	List<JobPosting> openingsOf(AccountId employer);

}
