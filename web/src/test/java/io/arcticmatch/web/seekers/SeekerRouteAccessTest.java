package io.arcticmatch.web.seekers;

import java.util.List;

import io.arcticmatch.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may use the seeker's own pages: only a signed-in seeker. None of them takes an id
 * of anything, so a seeker only ever reaches their own profile, matches and data (the
 * page tests show that an export holds no one else's data).
 */
@WebAppTest
class SeekerRouteAccessTest {

	@Autowired
	private MockMvc mvc;

	private static List<MockHttpServletRequestBuilder> routes() {
		return List.of(get("/seeker/profile"), post("/seeker/profile").with(csrf()),
				post("/seeker/profile/consent").with(csrf()).param("purpose", "EMPLOYERS").param("given", "true"),
				get("/seeker/matches"), get("/seeker/data"), get("/seeker/data/export"),
				post("/seeker/data/delete").with(csrf()).param("confirmEmail", "x@example.no"));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (MockHttpServletRequestBuilder route : routes()) {
			this.mvc.perform(route).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void coachesEmployersAndAdministratorsAreRefused() throws Exception {
		for (String role : new String[] { "COACH", "EMPLOYER", "ADMIN" }) {
			for (MockHttpServletRequestBuilder route : routes()) {
				this.mvc.perform(route.with(user(role.toLowerCase(java.util.Locale.ROOT) + "@example.no").roles(role)))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void postsWithoutCsrfTokenAreRefusedToSeekersToo() throws Exception {
		for (MockHttpServletRequestBuilder route : List.of(post("/seeker/profile"),
				post("/seeker/profile/consent").param("purpose", "EMPLOYERS").param("given", "true"),
				post("/seeker/data/delete").param("confirmEmail", "seeker@example.no"))) {
			this.mvc.perform(route.with(user("seeker@example.no").roles("SEEKER"))).andExpect(status().isForbidden());
		}
	}

}
