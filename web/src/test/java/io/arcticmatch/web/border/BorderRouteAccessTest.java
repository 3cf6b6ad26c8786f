package io.arcticmatch.web.border;

import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
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
 * Route x role: the guidance pages are public, editing them is for administrators only,
 * and a seeker's own situation is the seeker's.
 */
@WebAppTest
class BorderRouteAccessTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void theLivingAndWorkingPagesArePublic() throws Exception {
		for (String path : new String[] { "/living-and-working", "/living-and-working/no", "/living-and-working/se",
				"/living-and-working/fi",
				"/living-and-working/check?job=NO&home=SE&group=NORDIC&situation=COMMUTER" }) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
			for (Role role : Role.values()) {
				this.mvc.perform(get(path).with(user("someone").roles(role.name()))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void theGuidanceAdministrationIsForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/admin/guidance")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/guidance/no-tax")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/guidance/no-tax").with(csrf())).andExpect(redirectedUrl("/login"));
		for (Role role : new Role[] { Role.SEEKER, Role.COACH, Role.EMPLOYER }) {
			this.mvc.perform(get("/admin/guidance").with(user("someone").roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/guidance/no-tax").with(user("someone").roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/guidance/no-tax").with(csrf())
					.with(user("someone").roles(role.name()))
					.param("titleEn", "Hijacked"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/guidance").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/guidance/no-tax").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void theSeekersSituationFormIsForSeekersOnly() throws Exception {
		this.mvc.perform(get("/seeker/border")).andExpect(redirectedUrl("/login"));
		for (Role role : new Role[] { Role.COACH, Role.EMPLOYER, Role.ADMIN }) {
			this.mvc.perform(get("/seeker/border").with(user("someone").roles(role.name())))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/seeker/border").with(csrf()).with(user("someone").roles(role.name())))
				.andExpect(status().isForbidden());
		}
		String seeker = "border-seeker-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(seeker, "Sara Seeker", "a long enough password", Role.SEEKER));
		this.mvc.perform(get("/seeker/border").with(user(seeker).roles("SEEKER"))).andExpect(status().isOk());
		this.mvc.perform(post("/seeker/border").with(user(seeker).roles("SEEKER")).param("group", "OTHER"))
			.andExpect(status().isForbidden());
	}

}
