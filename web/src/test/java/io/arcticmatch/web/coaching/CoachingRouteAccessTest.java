package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every coaching route against every role and against the wrong people: other roles get
 * 403, other coaches' groups and members 404, anonymous visitors the sign-in page.
 */
@WebAppTest
class CoachingRouteAccessTest {

	private static final String SECRET_NOTE = "Private: worried about the move";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CoachingService coaching;

	private Account coachA;

	private Account coachB;

	private Account admin;

	private Account member;

	private Account employer;

	private GroupId groupA;

	private UUID session;

	@BeforeEach
	void groupOfCoachA() {
		CoachingFixtures fixtures = new CoachingFixtures(this.accounts);
		this.coachA = fixtures.account(Role.COACH, "CoachA");
		this.coachB = fixtures.account(Role.COACH, "CoachB");
		this.admin = fixtures.account(Role.ADMIN, "Admin");
		this.member = fixtures.account(Role.SEEKER, "Member");
		this.employer = fixtures.account(Role.EMPLOYER, "Employer");
		this.groupA = this.coaching.create(this.coachA, CoachingFixtures.details("Group A"));
		this.coaching.create(this.coachB, CoachingFixtures.details("Group B"));
		this.coaching.addMember(this.coachA, this.groupA, this.member.email());
		this.coaching.addNote(this.coachA, this.groupA, this.member.id(), SECRET_NOTE);
		this.coaching.addGoal(this.coachA, this.groupA, this.member.id(), "Swedish B1", LocalDate.of(2026, 4, 1));
		this.coaching.addOutcome(this.coachA, this.groupA, this.member.id(),
				new OutcomeEntry(OutcomeKind.JOB_OFFER, "Luleå Energi", Country.SE, LocalDate.of(2026, 3, 2)));
		this.session = this.coaching.planSession(this.coachA, this.groupA, LocalDateTime.of(2026, 2, 2, 10, 0),
				"Haparanda", "", "Start");
		this.coaching.recordAttendance(this.coachA, this.groupA, this.session,
				Map.of(this.member.id(), AttendanceStatus.PRESENT));
	}

	private List<String> groupPages() {
		String group = "/coach/groups/" + this.groupA;
		return List.of(group, group + "/members", group + "/members/" + this.member.id().value(), group + "/sessions",
				group + "/sessions/" + this.session, group + "/notes", group + "/coaches", group + "/edit",
				group + "/indicators.csv");
	}

	private List<MockHttpServletRequestBuilder> groupPosts() {
		String group = "/coach/groups/" + this.groupA;
		String memberPath = group + "/members/" + this.member.id().value();
		return List.of(post(group + "/members").param("email", this.member.email()),
				post(group + "/invitations").param("email", "someone@coaching.example"),
				post(memberPath + "/notes").param("text", "sneaky"),
				post(memberPath + "/goals").param("title", "sneaky"),
				post(memberPath + "/outcomes").param("kind", "HIRE")
					.param("employer", "X")
					.param("country", "NO")
					.param("occurredOn", "2026-03-01"),
				post(group + "/sessions").param("date", "2026-03-01")
					.param("time", "10:00")
					.param("topic", "x")
					.param("place", "y"),
				post(group + "/sessions/" + this.session + "/attendance").param("mark-" + this.member.id().value(),
						"ABSENT"),
				post(group + "/sessions/" + this.session + "/note").param("note", "x"),
				post(group + "/coaches").param("email", this.coachB.email()),
				post(group + "/coaches/handover").param("email", this.coachB.email()),
				post(group + "/coaches/" + this.coachA.id().value() + "/remove"),
				post(group + "/edit").param("name", "Taken")
					.param("languages", "nb")
					.param("startsOn", "2026-01-01")
					.param("endsOn", "2026-02-01")
					.param("targetCountries", "NO"));
	}

	@Test
	void theGroupsCoachAndAnAdministratorOpenEveryPageOfTheGroup() throws Exception {
		for (Account account : List.of(this.coachA, this.admin)) {
			this.mvc.perform(get("/coach/groups").with(as(account)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Group A")));
			for (String page : groupPages()) {
				this.mvc.perform(get(page).with(as(account))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void aCoachOfAnotherGroupGetsNotFoundForEveryPageAndFormOfTheGroup() throws Exception {
		this.mvc.perform(get("/coach/groups").with(as(this.coachB)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Group A"))));
		for (String page : groupPages()) {
			this.mvc.perform(get(page).with(as(this.coachB))).andExpect(status().isNotFound());
		}
		for (MockHttpServletRequestBuilder form : groupPosts()) {
			this.mvc.perform(form.with(as(this.coachB)).with(csrf())).andExpect(status().isNotFound());
		}
		assertUnchanged();
	}

	@Test
	void aCoachGetsNotFoundForAMemberOfAnotherGroupInTheirOwnGroup() throws Exception {
		GroupId groupOfB = this.coaching.groupsFor(this.coachB).get(0).group().id();
		this.mvc
			.perform(get("/coach/groups/" + groupOfB + "/members/" + this.member.id().value()).with(as(this.coachB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/coach/groups/" + UUID.randomUUID()).with(as(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSeekerIsRefusedTheCoachesPagesAndNeverSeesTheNotes() throws Exception {
		for (String page : groupPages()) {
			this.mvc.perform(get(page).with(as(this.member))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/seeker/groups/" + this.groupA).with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Luleå Energi")))
			.andExpect(content().string(containsString("Swedish B1")))
			.andExpect(content().string(not(containsString(SECRET_NOTE))));
		this.mvc.perform(get("/seeker/groups").with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Group A")));
	}

	@Test
	void aSeekerWhoIsNoMemberGetsNotFound() throws Exception {
		Account stranger = new CoachingFixtures(this.accounts).account(Role.SEEKER, "Stranger");
		this.mvc.perform(get("/seeker/groups/" + this.groupA).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seeker/groups/" + this.groupA + "/outcomes").with(as(stranger))
				.with(csrf())
				.param("kind", "HIRE")
				.param("employer", "X")
				.param("country", "NO")
				.param("occurredOn", "2026-03-01"))
			.andExpect(status().isNotFound());
		assertUnchanged();
	}

	@Test
	void anEmployerSeesNothingOfCoaching() throws Exception {
		this.mvc.perform(get("/coach/groups").with(as(this.employer))).andExpect(status().isForbidden());
		for (String page : groupPages()) {
			this.mvc.perform(get(page).with(as(this.employer))).andExpect(status().isForbidden());
		}
		for (MockHttpServletRequestBuilder form : groupPosts()) {
			this.mvc.perform(form.with(as(this.employer)).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/seeker/groups").with(as(this.employer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/seeker/groups/" + this.groupA).with(as(this.employer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/coach/groups")).andExpect(redirectedUrl("/login"));
		for (String page : groupPages()) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(get("/seeker/groups")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/seeker/groups/join/anything")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/invitations/coaching/no-such-token")).andExpect(status().isNotFound());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		for (MockHttpServletRequestBuilder form : groupPosts()) {
			this.mvc.perform(form.with(as(this.coachA))).andExpect(status().isForbidden());
		}
		assertUnchanged();
	}

	private void assertUnchanged() {
		assertThat(this.coaching.notes(this.coachA, this.groupA)).hasSize(1);
		assertThat(this.coaching.members(this.coachA, this.groupA)).hasSize(1);
		assertThat(this.coaching.coaches(this.coachA, this.groupA)).extracting(Coach::account)
			.containsExactly(this.coachA.id());
		assertThat(this.coaching.indicators(this.coachA, this.groupA).outcomes().total()).isEqualTo(1);
		assertThat(this.coaching.sessions(this.coachA, this.groupA)).hasSize(1);
		assertThat(this.coaching.group(this.coachA, this.groupA).name()).isEqualTo("Group A");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
		return user(account.email()).roles(account.role().name());
	}

}
