package io.arcticmatch.web.employers;

import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.trips.HostOpenings;

import org.springframework.stereotype.Component;

/**
 * A host employer's openings for the trips' matchmaking: the open openings of the
 * organisation the host belongs to, once it is approved.
 */
@Component
class EmployerHostOpenings implements HostOpenings {

	private final AccountService accounts;

	private final Employers employers;

	private final Openings openings;

	EmployerHostOpenings(AccountService accounts, Employers employers, Openings openings) {
		this.accounts = accounts;
		this.employers = employers;
		this.openings = openings;
	}

	@Override
	public List<JobPosting> openingsOf(AccountId employer) {
		return this.accounts.find(employer)
			.filter((account) -> this.employers.of(account).filter(Employer::isApproved).isPresent())
			.map((account) -> this.openings.list(account)
				.stream()
				.filter((opening) -> opening.status() == OpeningStatus.OPEN)
				.map(this.openings::posting)
				.toList())
			.orElse(List.of());
	}

}
