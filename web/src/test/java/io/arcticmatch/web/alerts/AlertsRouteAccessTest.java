package io.arcticmatch.web.alerts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.alerts.SavedSearches.NewSavedSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every alerts route against every role and person it must be refused to: anonymous
 * visitors are sent to sign in, other roles are forbidden, another seeker's search does
 * not exist, and the public unsubscribe routes need a real token.
 */
@WebAppTest
class AlertsRouteAccessTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SavedSearches searches;

	private AccountId owner;

	private SavedSearch search;

	@BeforeEach
	void ownersSearch() {
		this.owner = seeker();
		this.search = this.searches.save(this.owner,
				new NewSavedSearch("Owner's search", "q=welder", Frequency.DAILY, Locale.ENGLISH));
	}

	@Test
	void anonymousVisitorIsSentToSignInFromEveryAlertsRoute() throws Exception {
		for (MockHttpServletRequestBuilder request : seekerRoutes()) {
			this.mvc.perform(request).andExpect(redirectedUrl("/login"));
		}
		assertThat(current().paused()).isFalse();
	}

	@Test
	void otherRolesAreForbidden() throws Exception {
		for (Role role : List.of(Role.COACH, Role.EMPLOYER, Role.ADMIN)) {
			for (MockHttpServletRequestBuilder request : seekerRoutes()) {
				this.mvc.perform(request.with(user("someone@example.no").roles(role.name())))
					.andExpect(status().isForbidden());
			}
		}
		assertThat(this.searches.find(this.owner, this.search.id())).isPresent();
	}

	@Test
	void anotherSeekersSearchDoesNotExist() throws Exception {
		String other = email(seeker());
		String path = "/seeker/alerts/" + this.search.id();
		for (String action : List.of("/frequency", "/pause", "/resume", "/delete")) {
			this.mvc
				.perform(
						post(path + action).with(user(other).roles("SEEKER")).with(csrf()).param("frequency", "WEEKLY"))
				.andExpect(status().isNotFound());
		}
		SavedSearch unchanged = current();
		assertThat(unchanged.frequency()).isEqualTo(Frequency.DAILY);
		assertThat(unchanged.paused()).isFalse();
	}

	@Test
	void anotherSeekersListDoesNotShowTheSearch() throws Exception {
		String other = email(seeker());
		this.mvc.perform(get("/seeker/alerts").with(user(other).roles("SEEKER")))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.doesNotContain("Owner&#39;s search")
				.doesNotContain(this.search.id().toString()));
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		String email = email(this.owner);
		this.mvc
			.perform(post("/seeker/alerts").with(user(email).roles("SEEKER")).param("name", "x").param("query", "q=x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/seeker/alerts/" + this.search.id() + "/delete").with(user(email).roles("SEEKER")))
			.andExpect(status().isForbidden());
		assertThat(this.searches.list(this.owner)).hasSize(1);
	}

	@Test
	void unsubscribeIsPublicButOnlyWithARealToken() throws Exception {
		this.mvc.perform(get("/unsubscribe/not-a-token")).andExpect(status().isNotFound());
		this.mvc.perform(post("/unsubscribe/not-a-token")).andExpect(status().isNotFound());
		this.mvc.perform(get("/unsubscribe/" + this.search.unsubscribeToken())).andExpect(status().isOk());
		assertThat(current().paused()).isFalse();
	}

	private List<MockHttpServletRequestBuilder> seekerRoutes() {
		String path = "/seeker/alerts/" + this.search.id();
		return List.of(get("/seeker/alerts"),
				post("/seeker/alerts").with(csrf()).param("name", "x").param("query", "q=x"),
				post(path + "/frequency").with(csrf()).param("frequency", "WEEKLY"), post(path + "/pause").with(csrf()),
				post(path + "/resume").with(csrf()), post(path + "/delete").with(csrf()));
	}

	private SavedSearch current() {
		return this.searches.find(this.owner, this.search.id()).orElseThrow();
	}

	private AccountId seeker() {
		return this.accounts.open(new NewAccount("alerts-access-" + UUID.randomUUID() + "@example.fi", "Seeker",
				"a long enough password", Role.SEEKER));
	}

	private String email(AccountId account) {
		return this.accounts.find(account).orElseThrow().email();
	}

}
