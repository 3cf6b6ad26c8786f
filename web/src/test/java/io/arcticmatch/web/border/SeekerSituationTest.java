package io.arcticmatch.web.border;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A seeker's home country and citizenship group, told on {@code /seeker/border}, and the
 * profile's mobility choose the items of their checklists.
 */
@WebAppTest
class SeekerSituationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private BorderGuidance guidance;

	@Autowired
	private SeekerSituations situations;

	@Test
	void whatTheSeekerToldAndTheirProfileChooseTheirChecklist() throws Exception {
		String email = "border-" + UUID.randomUUID() + "@example.se";
		AccountId seeker = this.accounts
			.open(new NewAccount(email, "Sven Pendlare", "a long enough password", Role.SEEKER));
		this.profiles.save(seeker, SeekerProfile.builder().mobility(Country.NO, Mobility.commute(90)).build());

		assertThat(this.guidance.forSeeker(Country.NO, seeker, Locale.ENGLISH)).as("nothing told yet: every group")
			.extracting(ChecklistItem::id)
			.contains("no-right-to-work-nordic", "no-right-to-work-other");

		this.mvc
			.perform(post("/seeker/border").with(csrf())
				.with(user(email).roles("SEEKER"))
				.param("home", "SE")
				.param("group", "NORDIC"))
			.andExpect(redirectedUrl("/seeker/border"));

		assertThat(this.guidance.forSeeker(Country.NO, seeker, Locale.ENGLISH)).extracting(ChecklistItem::id)
			.contains("no-right-to-work-nordic", "no-id-number-commuter", "no-tax-commuter")
			.doesNotContain("no-right-to-work-other", "no-right-to-work-eu", "no-id-number-mover");
		assertThat(this.guidance.forSeeker(Country.SE, seeker, Locale.ENGLISH)).as("a job at home").isEmpty();
		this.mvc.perform(get("/seeker/border").header("Accept-Language", "en").with(user(email).roles("SEEKER")))
			.andExpect(content().string(containsString(
					"/living-and-working/check?job=NO&amp;home=SE&amp;group=NORDIC&amp;situation=COMMUTER")));
	}

	@Test
	void theSituationIsInTheSeekersDataAndGoesWithTheirAccount() {
		AccountId seeker = this.accounts.open(new NewAccount("border-" + UUID.randomUUID() + "@example.fi", "Fia",
				"a long enough password", Role.SEEKER));
		this.situations.save(seeker, new SeekerSituation(Country.FI, CitizenshipGroup.EU_EEA));

		assertThat(this.accounts.export(seeker)).extractingByKey("border")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("homeCountry", "FI")
			.containsEntry("citizenshipGroup", "EU_EEA");

		this.accounts.delete(seeker);

		assertThat(this.situations.find(seeker)).isEqualTo(SeekerSituation.UNKNOWN);
	}

	@Test
	void leavingTheGroupUnsaidShowsEveryGroup() {
		AccountId seeker = this.accounts.open(new NewAccount("border-" + UUID.randomUUID() + "@example.no", "Nils",
				"a long enough password", Role.SEEKER));
		this.situations.save(seeker, new SeekerSituation(Country.NO, null));

		assertThat(this.guidance.situationOf(seeker, Country.FI)).isEqualTo(new MoveSituation(Country.NO, null, null));
		assertThat(this.guidance.forSeeker(Country.FI, seeker, Locale.ENGLISH)).extracting(ChecklistItem::id)
			.contains("fi-right-to-work-nordic", "fi-right-to-work-eu", "fi-right-to-work-other")
			.doesNotContainNull();
		assertThat(Map.of()).isEmpty();
	}

}
