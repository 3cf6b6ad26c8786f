package io.arcticmatch.web.mentors;

import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Route x role for the programme: mentee pages for seekers, the coordinator's for coaches
 * and administrators, a pair's page for its two members only (404 for anyone else).
 */
@WebAppTest
class MentorsRouteAccessTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MentorProgramme programme;

	@Autowired
	private MentorEvents events;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String path : new String[] { "/seeker/mentoring", "/coach/mentoring", "/coach/mentoring/indicators.csv",
				"/mentoring/mentor", "/mentoring/events", "/mentoring/pairs/" + UUID.randomUUID() }) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/mentoring/events/" + UUID.randomUUID() + "/signup").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/mentoring/events/" + UUID.randomUUID() + "/cancel").with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theMenteesPagesAreForSeekersOnly() throws Exception {
		for (Role role : new Role[] { Role.COACH, Role.EMPLOYER, Role.ADMIN }) {
			this.mvc.perform(get("/seeker/mentoring").with(user("x").roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/seeker/mentoring/request").with(csrf()).with(user("x").roles(role.name())))
				.andExpect(status().isForbidden());
		}
		String seeker = email();
		this.accounts.open(new NewAccount(seeker, "S", "a long enough password", Role.SEEKER));
		this.mvc.perform(get("/seeker/mentoring").with(user(seeker).roles("SEEKER"))).andExpect(status().isOk());
	}

	@Test
	void theCoordinatorsPagesAreForCoachesAndAdministrators() throws Exception {
		for (Role role : new Role[] { Role.SEEKER, Role.EMPLOYER }) {
			this.mvc.perform(get("/coach/mentoring").with(user("x").roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/coach/mentoring/indicators.csv").with(user("x").roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/coach/mentoring/mentors/" + UUID.randomUUID() + "/approve").with(csrf())
					.with(user("x").roles(role.name())))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/coach/mentoring").with(user("x").roles("COACH"))).andExpect(status().isOk());
		this.mvc.perform(get("/coach/mentoring").with(user("x").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get("/coach/mentoring/requests/" + UUID.randomUUID()).with(user("x").roles("COACH")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anySignedInPersonMayOfferToMentorAndSeeTheEvents() throws Exception {
		for (Role role : Role.values()) {
			String email = email();
			this.accounts.open(new NewAccount(email, "P", "a long enough password", role));
			this.mvc.perform(get("/mentoring/mentor").with(user(email).roles(role.name()))).andExpect(status().isOk());
			this.mvc.perform(get("/mentoring/events").with(user(email).roles(role.name()))).andExpect(status().isOk());
		}
	}

	@Test
	void programmeEventsTakeSignUpsFromSeekersAndApprovedMentorsOnly() throws Exception {
		AccountId coordinator = this.accounts.open(new NewAccount(email(), "C", "a long enough password", Role.COACH));
		UUID event = this.events.create(coordinator, new Values.NewEvent(EventKind.GATHERING, "Spring gathering", "",
				"Bodø", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(5), 10));
		String signUp = "/mentoring/events/" + event + "/signup";
		for (Role role : new Role[] { Role.COACH, Role.EMPLOYER, Role.ADMIN }) {
			String email = email();
			this.accounts.open(new NewAccount(email, "P", "a long enough password", role));
			this.mvc.perform(post(signUp).with(csrf()).with(user(email).roles(role.name())))
				.andExpect(status().isNotFound());
		}
		String mentorEmail = email();
		AccountId mentor = this.accounts
			.open(new NewAccount(mentorEmail, "M", "a long enough password", Role.EMPLOYER));
		this.programme.offer(mentor,
				new Values.MentorOffer(java.util.List.of(), java.util.Set.of("en"), "Bodø", 2, ""));
		this.mvc.perform(post(signUp).with(csrf()).with(user(mentorEmail).roles("EMPLOYER")))
			.andExpect(status().isNotFound());
		this.programme.decide(coordinator, mentor, true);
		this.mvc.perform(post(signUp).with(csrf()).with(user(mentorEmail).roles("EMPLOYER")))
			.andExpect(redirectedUrl("/mentoring/events"));
		String seeker = email();
		this.accounts.open(new NewAccount(seeker, "S", "a long enough password", Role.SEEKER));
		this.mvc.perform(post(signUp).with(csrf()).with(user(seeker).roles("SEEKER")))
			.andExpect(redirectedUrl("/mentoring/events"));
		this.mvc
			.perform(post("/mentoring/events/" + UUID.randomUUID() + "/signup").with(csrf())
				.with(user(seeker).roles("SEEKER")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/mentoring/events/" + UUID.randomUUID() + "/cancel").with(csrf())
				.with(user(seeker).roles("SEEKER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPairIsSeenAndChangedOnlyByItsMentorAndMentee() throws Exception {
		String coordinatorEmail = email();
		AccountId coordinator = this.accounts
			.open(new NewAccount(coordinatorEmail, "C", "a long enough password", Role.COACH));
		String mentorEmail = email();
		AccountId mentor = this.accounts.open(new NewAccount(mentorEmail, "M", "a long enough password", Role.SEEKER));
		String menteeEmail = email();
		AccountId mentee = this.accounts.open(new NewAccount(menteeEmail, "E", "a long enough password", Role.SEEKER));
		String otherEmail = email();
		this.accounts.open(new NewAccount(otherEmail, "O", "a long enough password", Role.SEEKER));
		this.programme.offer(mentor,
				new Values.MentorOffer(java.util.List.of(), java.util.Set.of("en"), "Tromsø", 2, ""));
		this.programme.decide(coordinator, mentor, true);
		UUID pair = this.programme.confirmPair(coordinator, this.programme.request(mentee, ""), mentor);
		String page = "/mentoring/pairs/" + pair;

		this.mvc.perform(get(page).with(user(mentorEmail).roles("SEEKER"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user(menteeEmail).roles("SEEKER"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user(otherEmail).roles("SEEKER"))).andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(user(coordinatorEmail).roles("COACH"))).andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/end").with(csrf()).with(user(otherEmail).roles("SEEKER")).param("reason", "x"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seeker/mentoring/pairs/" + pair + "/accept").with(csrf())
				.with(user(otherEmail).roles("SEEKER")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seeker/mentoring/pairs/" + pair + "/accept").with(csrf())
				.with(user(mentorEmail).roles("SEEKER")))
			.andExpect(status().isConflict());
	}

	private static String email() {
		return "mentoring-" + UUID.randomUUID() + "@example.no";
	}

}
