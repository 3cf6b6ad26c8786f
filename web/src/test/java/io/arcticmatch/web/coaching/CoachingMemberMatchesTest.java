package io.arcticmatch.web.coaching;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coach sees a member's matches from the matcher, explained, only while the member's
 * consent for coaches holds.
 */
@WebAppTest
class CoachingMemberMatchesTest {

	private static final String TITLE = "Lagerarbetare coachqz";

	private static final JobPosting HAPARANDA = JobPosting
		.builder(new PostingId("coachingtest", UUID.randomUUID().toString()), TITLE,
				new PostingPlace(Country.SE, "25", "2583", "Haparanda", new GeoPoint(65.8355, 24.1368)),
				Instant.now().minus(Duration.ofDays(1)))
		.employer("Tornedalens Lager AB")
		.description("<p>Lagerarbete.</p>")
		.language("sv")
		.build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CoachingService coaching;

	@Autowired
	private Consents consents;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private PostingIndex index;

	@AfterEach
	void deletePosting() {
		this.index.delete(HAPARANDA.id());
	}

	@Test
	void theMembersMatchesShowOnlyWhileTheyShareTheirProfileWithCoaches() throws Exception {
		this.index.save(java.util.List.of(HAPARANDA));
		CoachingFixtures fixtures = new CoachingFixtures(this.accounts);
		Account coach = fixtures.account(Role.COACH, "Coach");
		Account seeker = fixtures.account(Role.SEEKER, "Seeker");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Matches"));
		this.coaching.addMember(coach, group, seeker.email());
		this.profiles.save(seeker.id(),
				SeekerProfile.builder()
					.home(new Home(new GeoPoint(65.8480, 24.1460), "Tornio"))
					.mobility(Country.SE, Mobility.commute(30))
					.build());
		String page = "/coach/groups/" + group + "/members/" + seeker.id().value();

		this.mvc.perform(get(page).with(user(coach.email()).roles("COACH")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Seeker has not shared the profile with coaches.")))
			.andExpect(content().string(not(containsString(TITLE))));

		this.consents.give(seeker.id(), ConsentPurpose.COACHES);
		this.mvc.perform(get(page).with(user(coach.email()).roles("COACH")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(TITLE)))
			.andExpect(content().string(containsString("match-explanation")))
			.andExpect(content().string(not(containsString("has not shared the profile"))));

		this.consents.withdraw(seeker.id(), ConsentPurpose.COACHES);
		this.mvc.perform(get(page).with(user(coach.email()).roles("COACH")).header("Accept-Language", "en"))
			.andExpect(content().string(not(containsString(TITLE))));
	}

}
