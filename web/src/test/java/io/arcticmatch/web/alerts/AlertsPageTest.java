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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alerts page: saving a search from the search page's address, listing, changing,
 * pausing and deleting it, and what it says when something is wrong.
 */
@WebAppTest
class AlertsPageTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SavedSearches searches;

	private AccountId seeker;

	private RequestPostProcessor signedIn;

	@BeforeEach
	void seeker() {
		String email = "alerts-page-" + UUID.randomUUID() + "@example.se";
		this.seeker = this.accounts.open(new NewAccount(email, "Sara Sparad", "a long enough password", Role.SEEKER));
		this.signedIn = user(email).roles("SEEKER");
	}

	@Test
	void seekerWithoutSavedSearchesIsToldHowToMakeOne() throws Exception {
		this.mvc.perform(get("/seeker/alerts").with(this.signedIn).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You have no saved searches yet"),
					containsString("href=\"/jobs\""), containsString("action=\"/seeker/alerts\""))));
	}

	@Test
	void searchPageAddressIsSavedWithTheSeekersLanguageAndListedWithALinkBack() throws Exception {
		this.mvc
			.perform(post("/seeker/alerts").with(this.signedIn)
				.with(csrf())
				.locale(Locale.forLanguageTag("sv"))
				.param("name", "Sjuksköterska i Kiruna")
				.param("query", "https://arcticmatch.example/jobs?q=sjuksk%C3%B6terska&near=Kiruna&page=2")
				.param("frequency", "WEEKLY"))
			.andExpect(redirectedUrl("/seeker/alerts"))
			.andExpect(flash().attribute("flash", "alerts.saved"));

		List<SavedSearch> saved = this.searches.list(this.seeker);
		assertThat(saved).singleElement().satisfies((search) -> {
			assertThat(search.query()).isEqualTo("q=sjuksk%C3%B6terska&near=Kiruna");
			assertThat(search.frequency()).isEqualTo(Frequency.WEEKLY);
			assertThat(search.locale()).isEqualTo(Locale.forLanguageTag("sv"));
			assertThat(search.paused()).isFalse();
		});
		this.mvc.perform(get("/seeker/alerts").with(this.signedIn).locale(Locale.forLanguageTag("sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sjuksköterska i Kiruna"),
					containsString("href=\"/jobs?q=sjuksk%C3%B6terska&amp;near=Kiruna\""),
					containsString("selected=\"selected\">Varje vecka</option>"), containsString("Inget än"))));
	}

	@Test
	void unreadableSearchAndMissingNameAreRefusedWithClearMessages() throws Exception {
		this.mvc
			.perform(post("/seeker/alerts").with(this.signedIn)
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("name", " ")
				.param("query", "/jobs?country=XX&salaryMin=lots")
				.param("frequency", "DAILY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give the search a name."),
					containsString("country: Choose one of NO, SE, FI, not &#39;XX&#39;."),
					containsString("salaryMin: Write a number such as 4000 or 37.5, not &#39;lots&#39;."),
					containsString("aria-invalid=\"true\""))));
		assertThat(this.searches.list(this.seeker)).isEmpty();
	}

	@Test
	void saveThisSearchLinkFillsTheForm() throws Exception {
		this.mvc
			.perform(get("/seeker/alerts").with(this.signedIn)
				.param("query", "q=sveiser&country=NO")
				.param("name", "Sveiser"))
			.andExpect(content().string(allOf(containsString(">q=sveiser&amp;country=NO</textarea>"),
					containsString("value=\"Sveiser\""))));
	}

	@Test
	void frequencyPauseResumeAndDeleteChangeTheSeekersSearch() throws Exception {
		SavedSearch search = this.searches.save(this.seeker,
				new NewSavedSearch("Welders", "q=welder", Frequency.DAILY, Locale.ENGLISH));
		String path = "/seeker/alerts/" + search.id();

		this.mvc.perform(post(path + "/frequency").with(this.signedIn).with(csrf()).param("frequency", "WEEKLY"))
			.andExpect(redirectedUrl("/seeker/alerts"));
		assertThat(current(search).frequency()).isEqualTo(Frequency.WEEKLY);

		this.mvc.perform(post(path + "/pause").with(this.signedIn).with(csrf()))
			.andExpect(redirectedUrl("/seeker/alerts"));
		assertThat(current(search).paused()).isTrue();
		this.mvc.perform(get("/seeker/alerts").with(this.signedIn).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("Paused"), containsString("Resume the alert"))));

		this.mvc.perform(post(path + "/resume").with(this.signedIn).with(csrf()))
			.andExpect(redirectedUrl("/seeker/alerts"));
		SavedSearch resumed = current(search);
		assertThat(resumed.paused()).isFalse();
		// what appeared while paused is not mailed as one heap
		assertThat(resumed.lastRunAt()).isNotNull();

		this.mvc.perform(post(path + "/delete").with(this.signedIn).with(csrf()))
			.andExpect(redirectedUrl("/seeker/alerts"))
			.andExpect(flash().attribute("flash", "alerts.deleted"));
		assertThat(this.searches.find(this.seeker, search.id())).isEmpty();
	}

	@Test
	void savedSearchThatNoLongerReadsIsShownWithItsProblem() throws Exception {
		this.searches.save(this.seeker,
				new NewSavedSearch("Old search", "q=welder&remote=SOMETIMES", Frequency.DAILY, Locale.ENGLISH));

		this.mvc.perform(get("/seeker/alerts").with(this.signedIn).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This search cannot run any more"),
					containsString("remote: Choose one of ON_SITE, HYBRID, REMOTE, not &#39;SOMETIMES&#39;."))));
	}

	@Test
	void seekerCannotKeepMoreSearchesThanAllowed(@Autowired AlertSettings settings) throws Exception {
		for (int i = 0; i < settings.maxPerSeeker(); i++) {
			this.searches.save(this.seeker,
					new NewSavedSearch("Search " + i, "q=x" + i, Frequency.DAILY, Locale.ENGLISH));
		}

		this.mvc
			.perform(post("/seeker/alerts").with(this.signedIn)
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("name", "One too many")
				.param("query", "q=welder"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can keep at most 25 saved searches.")));
		assertThat(this.searches.count(this.seeker)).isEqualTo(settings.maxPerSeeker());
	}

	@Test
	void pageTextIsEscaped() throws Exception {
		this.searches.save(this.seeker,
				new NewSavedSearch("<script>alert(1)</script>", "q=welder", Frequency.DAILY, Locale.ENGLISH));

		this.mvc.perform(get("/seeker/alerts").with(this.signedIn))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert")))));
	}

	private SavedSearch current(SavedSearch search) {
		return this.searches.find(this.seeker, search.id()).orElseThrow();
	}

}
