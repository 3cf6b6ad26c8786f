package io.arcticmatch.web.employers;

import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
 * Route x role matrix of the employer side: each route refused to the roles and people it
 * must be refused to.
 */
@WebAppTest
class EmployersRouteAccessTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Openings openings;

	@Autowired
	private Candidates candidates;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Employers employers;

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
	void anonymousVisitorsMayRegisterButAreSentToSignInEverywhereElse() throws Exception {
		this.mvc.perform(get("/employers/register")).andExpect(status().isOk());
		for (String path : new String[] { "/employer/openings", "/employer/openings/new", "/employer/colleagues",
				"/employer/openings/" + UUID.randomUUID() + "/candidates", "/admin/employers",
				"/seeker/invitations" }) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(get("/invitations/employer/no-such-token")).andExpect(status().isNotFound());
	}

	@Test
	void seekersCoachesAndAdministratorsAreRefusedTheEmployerPages() throws Exception {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("matrix"));
		for (Role role : new Role[] { Role.SEEKER, Role.COACH, Role.ADMIN }) {
			Account someone = this.data.account(role);
			for (String path : new String[] { "/employer/openings", "/employer/openings/new", "/employer/colleagues",
					"/employer/openings/" + opening.id() + "/edit",
					"/employer/openings/" + opening.id() + "/candidates" }) {
				this.mvc.perform(get(path).with(as(someone))).andExpect(status().isForbidden());
			}
			this.mvc.perform(post("/employer/openings/" + opening.id() + "/close").with(as(someone)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertOpen(member, opening);
	}

	@Test
	void onlyAdministratorsDecideOnEmployers() throws Exception {
		var pending = this.data.registered();
		for (Role role : new Role[] { Role.SEEKER, Role.COACH, Role.EMPLOYER }) {
			Account someone = this.data.account(role);
			this.mvc.perform(get("/admin/employers").with(as(someone))).andExpect(status().isForbidden());
			this.mvc
				.perform(
						post("/admin/employers/" + pending.employer().id() + "/approve").with(as(someone)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		Account admin = this.data.account(Role.ADMIN);
		this.mvc.perform(get("/admin/employers").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pending.employer().name())));
		this.mvc.perform(post("/admin/employers/" + UUID.randomUUID() + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlySeekersSeeInvitations() throws Exception {
		for (Role role : new Role[] { Role.COACH, Role.EMPLOYER, Role.ADMIN }) {
			this.mvc.perform(get("/seeker/invitations").with(as(this.data.account(role))))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/seeker/invitations").with(as(this.data.account(Role.SEEKER))))
			.andExpect(status().isOk());
	}

	@Test
	void anotherEmployersOpeningIsNotFound() throws Exception {
		var owner = this.data.approved();
		var other = this.data.approved();
		Opening opening = this.openings.post(owner.account(), EmployerTestData.welder("theirs"));
		Account seeker = this.data.seeker("Sofia Seeker", true);
		String base = "/employer/openings/" + opening.id();

		this.mvc.perform(get("/employer/openings").with(as(other.account())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(opening.id().toString()))));
		this.mvc.perform(get(base + "/edit").with(as(other.account()))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/candidates").with(as(other.account()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/employer/openings/new?from=" + opening.id()).with(as(other.account())))
			.andExpect(status().isNotFound());
		for (String action : new String[] { "/close", "/reopen", "/duplicate", "/edit",
				"/candidates/" + seeker.id().value() + "/invite" }) {
			this.mvc.perform(post(base + action).with(as(other.account())).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertOpen(owner, opening);
		this.mvc.perform(get(base + "/edit").with(as(owner.account()))).andExpect(status().isOk());
	}

	@Test
	void aSeekerCannotAnswerAnotherSeekersInvitation() throws Exception {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("answer"));
		Account invited = this.data.seeker("Ingrid Invited", true);
		Account stranger = this.data.seeker("Stina Stranger", true);
		this.candidates.invite(member.account(), opening.id(), invited.id().value(), "", java.util.Locale.ENGLISH);
		UUID invitation = this.candidates.received(invited).getFirst().invitation().id();

		this.mvc
			.perform(post("/seeker/invitations/" + invitation + "/answer").param("answer", "yes")
				.with(as(stranger))
				.with(csrf()))
			.andExpect(status().isNotFound());

		org.assertj.core.api.Assertions
			.assertThat(this.candidates.received(invited).getFirst().invitation().interested())
			.isNull();
	}

	@Test
	void anEmployerUserWithoutOrganisationIsToldSo() throws Exception {
		Account loose = this.data.account(Role.EMPLOYER);

		this.mvc.perform(get("/employer/openings").header("Accept-Language", "en").with(as(loose)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("does not belong to a registered organisation")));
		this.mvc.perform(get("/employer/openings/new").with(as(loose))).andExpect(status().isNotFound());
	}

	private void assertOpen(EmployerTestData.Member member, Opening opening) {
		org.assertj.core.api.Assertions.assertThat(this.openings.get(member.account(), opening.id()).status())
			.isEqualTo(OpeningStatus.OPEN);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
		return user(account.email()).roles(account.role().name());
	}

}
