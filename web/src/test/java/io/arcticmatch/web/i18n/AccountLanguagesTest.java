package io.arcticmatch.web.i18n;

import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.accounts.Role;
import jakarta.servlet.http.Cookie;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in person's account keeps the language they use the pages in, for their mails;
 * each device still shows its own choice or its browser's language.
 */
@WebAppTest
class AccountLanguagesTest {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PreferredLanguages languages;

	private static ResultMatcher pageLanguage(String expected) {
		return (result) -> assertThat(
				Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("html").attr("lang"))
			.isEqualTo(expected);
	}

	@Test
	void aLanguageChosenOnThePagesIsKeptOnTheAccount() throws Exception {
		String email = "lang-" + UUID.randomUUID() + "@example.fi";
		AccountId id = this.accounts.open(new NewAccount(email, "Aino", PASSWORD, Role.SEEKER));
		assertThat(this.languages.of(id)).isEmpty();

		this.mvc.perform(get("/seeker/profile").param("lang", "fi").with(user(email).roles("SEEKER")))
			.andExpect(pageLanguage("fi"));
		assertThat(this.languages.of(id)).contains(Locale.forLanguageTag("fi"));
		assertThat(this.accounts.export(id).get("account")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("language", "fi");

		// another device, without the choice's cookie, shows its browser's language and
		// the account then keeps that one, the language last used
		this.mvc.perform(get("/seeker/profile").header("Accept-Language", "en").with(user(email).roles("SEEKER")))
			.andExpect(pageLanguage("en"));
		assertThat(this.languages.of(id)).contains(Locale.forLanguageTag("en"));
	}

	@Test
	void theCookiesChoiceReplacesWhatTheAccountKept() throws Exception {
		String email = "lang-" + UUID.randomUUID() + "@example.se";
		AccountId id = this.accounts.open(new NewAccount(email, "Bo", PASSWORD, Role.SEEKER));
		this.languages.keep(id, Locale.forLanguageTag("nb"));

		this.mvc
			.perform(get("/seeker/profile").cookie(new Cookie("arctic-lang", "sv")).with(user(email).roles("SEEKER")))
			.andExpect(pageLanguage("sv"));
		assertThat(this.languages.of(id)).contains(Locale.forLanguageTag("sv"));
	}

	@Test
	void withoutAKeptLanguageTheBrowsersPreferenceShowsAndIsKept() throws Exception {
		String email = "lang-" + UUID.randomUUID() + "@example.no";
		AccountId id = this.accounts.open(new NewAccount(email, "Kari", PASSWORD, Role.SEEKER));

		this.mvc.perform(get("/seeker/profile").header("Accept-Language", "sv-SE").with(user(email).roles("SEEKER")))
			.andExpect(pageLanguage("sv"));
		assertThat(this.languages.of(id)).contains(Locale.forLanguageTag("sv"));
	}

	@Test
	void visitorsAreShownTheirBrowsersLanguageAndNothingIsKept() throws Exception {
		this.mvc.perform(get("/jobs").header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andExpect(pageLanguage("fi"));
	}

}
