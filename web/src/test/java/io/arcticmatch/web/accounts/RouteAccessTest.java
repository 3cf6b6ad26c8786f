package io.arcticmatch.web.accounts;

import io.arcticmatch.web.WebAppTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open which route. Every role-only area is checked with every role.
 */
@WebAppTest
class RouteAccessTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void anonymousVisitorsSeeTheFrontPageSignInAndSignUp() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/signup")).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsSearchJobsAndReadTheApiDescription() throws Exception {
		this.mvc.perform(get("/api/postings")).andExpect(status().isOk());
		this.mvc.perform(get("/api/postings/nav:never-saved")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/postings/nav:never-saved/similar")).andExpect(status().isNotFound());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void onlyReadingTheSearchApiIsPublic() throws Exception {
		this.mvc.perform(post("/api/postings").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousVisitorIsSentToSignInFromEveryRoleArea() throws Exception {
		for (String area : new String[] { "/admin/x", "/coach/x", "/employer/x", "/seeker/x", "/anything-else" }) {
			this.mvc.perform(get(area)).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void eachRoleAreaIsClosedToTheOtherRoles() throws Exception {
		expectForbidden("/admin/x", Role.SEEKER, Role.COACH, Role.EMPLOYER);
		expectForbidden("/coach/x", Role.SEEKER, Role.EMPLOYER);
		expectForbidden("/employer/x", Role.SEEKER, Role.COACH, Role.ADMIN);
		expectForbidden("/seeker/x", Role.COACH, Role.EMPLOYER, Role.ADMIN);
	}

	@Test
	void eachRoleAreaIsOpenToItsRole() throws Exception {
		// no pages exist there yet, so an allowed request ends in 404 rather than 403
		expectAllowed("/admin/x", Role.ADMIN);
		expectAllowed("/coach/x", Role.COACH);
		expectAllowed("/coach/x", Role.ADMIN);
		expectAllowed("/employer/x", Role.EMPLOYER);
		expectAllowed("/seeker/x", Role.SEEKER);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/signup").param("email", "no-token@example.no")
				.param("displayName", "No Token")
				.param("password", "a long enough password")
				.param("passwordRepeat", "a long enough password"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signUpWithNonsenseShowsTheErrorsAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/signup").with(csrf())
				.header("Accept-Language", "sv")
				.param("email", "not an address")
				.param("displayName", "")
				.param("password", "short")
				.param("passwordRepeat", "other"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ange en giltig e-postadress")))
			.andExpect(content().string(containsString("Ange ditt namn")))
			.andExpect(content().string(containsString("Lösenordet måste vara 12 till 128 tecken")))
			.andExpect(content().string(containsString("value=\"not an address\"")));
	}

	@Test
	void aSeekerCanSignUpAndThenSignIn() throws Exception {
		this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", "new.seeker@example.no")
				.param("displayName", "Ny Søker")
				.param("password", "a long enough password")
				.param("passwordRepeat", "a long enough password"))
			.andExpect(redirectedUrl("/login"));

		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "new.seeker@example.no")
				.param("password", "a long enough password"))
			.andExpect(redirectedUrl("/"));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "new.seeker@example.no")
				.param("password", "a wrong password"))
			.andExpect(redirectedUrl("/login?failed"));
	}

	@Test
	void signUpWithMismatchedPasswordsSaysSo() throws Exception {
		this.mvc
			.perform(post("/signup").with(csrf())
				.header("Accept-Language", "en")
				.param("email", "mismatch@example.no")
				.param("displayName", "Mismatch")
				.param("password", "a long enough password")
				.param("passwordRepeat", "a different password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords are not the same.")));
	}

	@Test
	void healthIsPublicButItsDetailsAreForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(content().string(not(containsString("components"))));

		this.mvc.perform(get("/actuator/health").with(user("admin").roles(Role.ADMIN.name())))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.postingIndex.status").value("UP"))
			.andExpect(jsonPath("$.components.pipeline.status").value("UP"));
	}

	@Test
	void noOtherActuatorEndpointIsExposedEvenToAdministrators() throws Exception {
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump" }) {
			this.mvc.perform(get(endpoint).with(user("admin").roles(Role.ADMIN.name())))
				.andExpect(status().isNotFound());
		}
	}

	private void expectForbidden(String path, Role... roles) throws Exception {
		for (Role role : roles) {
			this.mvc.perform(get(path).with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
		}
	}

	private void expectAllowed(String path, Role role) throws Exception {
		this.mvc.perform(get(path).with(user("someone").roles(role.name()))).andExpect(status().isNotFound());
	}

}
