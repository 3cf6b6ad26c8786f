package io.arcticmatch.web.employers;

import java.util.UUID;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.trips.HostOpenings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trip's host employer is matched with participants by its own open openings.
 */
@WebAppTest
class EmployerHostOpeningsTest {

	@Autowired
	private HostOpenings hostOpenings;

	@Autowired
	private Openings openings;

	@Autowired
	private Employers employers;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	private EmployerTestData data;

	@BeforeEach
	void setUp() {
		this.data = new EmployerTestData(this.accounts, this.employers, this.profiles, this.consents);
	}

	@Test
	void aHostsOpenOpeningsAreWhatParticipantsAreMatchedWith() {
		var host = this.data.approved();
		Opening open = this.openings.post(host.account(), EmployerTestData.welder(word()));
		Opening closed = this.openings.post(host.account(), EmployerTestData.welder(word()));
		this.openings.close(host.account(), closed.id());

		assertThat(this.hostOpenings.openingsOf(host.account().id())).extracting(JobPosting::id)
			.containsExactly(open.postingId());
	}

	@Test
	void anOrganisationNotYetApprovedHasNoOpeningsToMatch() {
		var pending = this.data.registered();
		this.openings.post(pending.account(), EmployerTestData.welder(word()));

		assertThat(this.hostOpenings.openingsOf(pending.account().id())).isEmpty();
	}

	private static String word() {
		return "host" + UUID.randomUUID().toString().substring(0, 8);
	}

}
