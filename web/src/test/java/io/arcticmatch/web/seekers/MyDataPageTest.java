package io.arcticmatch.web.seekers;

import java.util.UUID;

import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My data": the export holds what every feature keeps, and deleting the account erases
 * it and ends the person's sign-in for good.
 */
@WebAppTest
class MyDataPageTest {

	private static final String PASSWORD = "a long password here";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	@Test
	void thePageListsWhatIsKeptAndOffersExportAndDeletion() throws Exception {
		String email = newSeeker();
		this.profiles.save(idOf(email), SeekerProfile.builder().occupation("isco08:2221", 3).build());

		this.mvc.perform(get("/seeker/data").with(user(email).roles("SEEKER")).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Din profil")))
			.andExpect(content().string(containsString("href=\"/seeker/data/export\"")))
			.andExpect(content().string(containsString("action=\"/seeker/data/delete\"")));
	}

	@Test
	void theExportIsAJsonDownloadWithTheProfileAndTheConsents() throws Exception {
		String email = newSeeker();
		AccountId seeker = idOf(email);
		this.profiles.save(seeker, SeekerProfile.builder().occupation("isco08:2221", 3).build());
		this.consents.give(seeker, ConsentPurpose.COACHES);
		String other = newSeeker();
		this.profiles.save(idOf(other), SeekerProfile.builder().occupation("isco08:6224", 1).build());

		MvcResult export = this.mvc.perform(get("/seeker/data/export").with(user(email).roles("SEEKER")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(jsonPath("$.account.email").value(email))
			.andExpect(jsonPath("$.account.passwordHash").doesNotExist())
			.andExpect(jsonPath("$.profile.occupations[0].conceptId").value("isco08:2221"))
			.andExpect(jsonPath("$.profile.occupations[0].years").value(3.0))
			.andExpect(jsonPath("$.consents[0].purpose").value("COACHES"))
			.andExpect(jsonPath("$.consents[0].given").value(true))
			.andExpect(jsonPath("$.consents[0].at").exists())
			.andReturn();

		assertThat(export.getResponse().getContentAsString()).doesNotContain(other, "isco08:6224");
	}

	@Test
	void aWrongConfirmationDeletesNothing() throws Exception {
		String email = newSeeker();
		this.profiles.save(idOf(email), SeekerProfile.builder().build());

		this.mvc
			.perform(post("/seeker/data/delete").with(user(email).roles("SEEKER"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("confirmEmail", "someone-else@example.no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not the e-mail address of your account.")));

		assertThat(this.accounts.findByEmail(email)).isPresent();
		assertThat(this.profiles.find(idOf(email))).isPresent();
	}

	@Test
	void deletingTheAccountRemovesItsDataSignsOutAndEndsSigningIn() throws Exception {
		String email = newSeeker();
		AccountId seeker = idOf(email);
		this.profiles.save(seeker, SeekerProfile.builder().occupation("isco08:2221", 3).build());
		this.consents.give(seeker, ConsentPurpose.EMPLOYERS);
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(authenticated());

		this.mvc
			.perform(post("/seeker/data/delete").with(user(email).roles("SEEKER"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("confirmEmail", "  " + email.toUpperCase(java.util.Locale.ROOT) + " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account is deleted")))
			.andExpect(content().string(containsString("Your profile")))
			.andExpect(content().string(containsString("You are signed out.")))
			.andExpect(content().string(not(containsString("Sign out"))));

		assertThat(this.accounts.findByEmail(email)).isEmpty();
		assertThat(this.profiles.find(seeker)).isEmpty();
		assertThat(this.consents.history(seeker)).isEmpty();
		assertThat(this.consents.seekersWhoGave(ConsentPurpose.EMPLOYERS)).doesNotContain(seeker);
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(unauthenticated());
	}

	private String newSeeker() {
		String email = "mydata-" + UUID.randomUUID() + "@example.fi";
		this.accounts.open(new NewAccount(email, "Maija Seeker", PASSWORD, Role.SEEKER));
		return email;
	}

	private AccountId idOf(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
