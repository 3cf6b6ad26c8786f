package io.arcticmatch.web.profiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.EducationLevel;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentChange;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The profile editor as a seeker uses it without JavaScript: typed text resolved to
 * concepts, every value checked, consent given and withdrawn.
 */
@WebAppTest
class ProfilePageTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	@Autowired
	private Concepts concepts;

	@Test
	void aNewSeekerGetsAnEmptyFormAndIsPrivate() throws Exception {
		String email = newSeeker();

		this.mvc.perform(get("/seeker/profile").with(user(email).roles("SEEKER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"occupation.text\"")))
			.andExpect(content().string(containsString("Not shared")))
			.andExpect(content().string(containsString("You have not shared your profile with anyone.")));
	}

	@Test
	void aProfileSavedThroughThePageComesBackWithLabelsInTheSeekersLanguage() throws Exception {
		String email = newSeeker();
		AccountId seeker = idOf(email);

		this.mvc
			.perform(post("/seeker/profile").with(user(email).roles("SEEKER"))
				.with(csrf())
				.header("Accept-Language", "nb")
				.param("occupation.text", "Spesialsykepleiere", "")
				.param("occupation.id", "isco08:2221", "")
				.param("occupation.years", "7,5", "")
				.param("skill.text", "sveising")
				.param("skill.id", "")
				.param("language.text", "svensk", "")
				.param("language.id", "", "")
				.param("language.level", "B2", "")
				.param("licence", "licence:B")
				.param("education", "BACHELOR")
				.param("home.text", "Narvik")
				.param("home.id", "")
				.param("mobility.NO.considered", "on")
				.param("mobility.NO.km", "60")
				.param("mobility.NO.relocate", "on")
				.param("mobility.SE.considered", "on")
				.param("mobility.SE.km", "30")
				.param("mobility.FI.km", "80")
				.param("employmentType", "PERMANENT")
				.param("remoteMode", "HYBRID")
				.param("earliestStart", "2027-01-15")
				.param("salary.amount", "550 000")
				.param("salary.currency", "NOK")
				.param("salary.period", "YEAR"))
			.andExpect(redirectedUrl("/seeker/profile"));

		SeekerProfile saved = this.profiles.find(seeker).orElseThrow().profile();
		assertThat(saved.occupations()).singleElement().satisfies((occupation) -> {
			assertThat(occupation.conceptId()).isEqualTo("isco08:2221");
			assertThat(occupation.years()).isEqualTo(7.5);
		});
		assertThat(saved.skills()).hasSize(1);
		assertThat(this.concepts.byId(saved.skills().iterator().next())).isPresent();
		assertThat(saved.languages()).containsExactly(new LanguageSkill("sv", CefrLevel.B2));
		assertThat(saved.drivingLicences()).containsExactly("licence:B");
		assertThat(saved.education()).isEqualTo(EducationLevel.BACHELOR);
		assertThat(saved.home()).isNotNull();
		assertThat(saved.home().placeName()).isEqualTo("Narvik");
		assertThat(saved.mobility()).containsOnlyKeys(Country.NO, Country.SE)
			.containsEntry(Country.NO, new Mobility(60, true))
			.containsEntry(Country.SE, new Mobility(30, false));
		assertThat(saved.employmentTypes()).containsExactly(EmploymentType.PERMANENT);
		assertThat(saved.remoteModes()).containsExactly(RemoteMode.HYBRID);
		assertThat(saved.earliestStart()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(saved.salaryWish()).isNotNull();
		assertThat(saved.salaryWish().minimum()).isEqualByComparingTo(new BigDecimal("550000"));
		assertThat(saved.salaryWish().currency().getCurrencyCode()).isEqualTo("NOK");
		assertThat(saved.salaryWish().period()).isEqualTo(SalaryPeriod.YEAR);

		String english = this.mvc
			.perform(get("/seeker/profile").with(user(email).roles("SEEKER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("value=\"Nursing professionals\"", "value=\"isco08:2221\"", "value=\"7.5\"",
				"value=\"Swedish\"", "value=\"Narvik\"", "value=\"2027-01-15\"", "value=\"550000\"");
		String swedish = this.mvc
			.perform(get("/seeker/profile").with(user(email).roles("SEEKER")).header("Accept-Language", "sv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(swedish).contains("value=\"svenska\"");
	}

	@Test
	void wrongValuesAreExplainedInNorwegianAndNothingIsSaved() throws Exception {
		String email = newSeeker();

		this.mvc.perform(invalid(email, "nb"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("År med erfaring må være et tall fra 0 til 60, ikke «61».")))
			.andExpect(content()
				.string(containsString("Pendlingen må være et antall kilometer fra 0 til 1000, ikke «1001».")))
			.andExpect(content().string(containsString("Lønnen må være et beløp større enn 0, ikke «-5».")))
			.andExpect(content().string(containsString("Skriv datoen som år-måned-dag")))
			.andExpect(content().string(containsString("Velg et nivå for dette språket.")))
			// what was typed comes back for correcting
			.andExpect(content().string(containsString("value=\"61\"")));

		assertThat(this.profiles.find(idOf(email))).isEmpty();
	}

	@Test
	void wrongValuesAreExplainedInEnglish() throws Exception {
		String email = newSeeker();

		this.mvc.perform(invalid(email, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Years of experience must be a number from 0 to 60, not “61”.")))
			.andExpect(content()
				.string(containsString("The commute must be a number of kilometres from 0 to 1000, not “1001”.")))
			.andExpect(content().string(containsString("The pay must be an amount greater than 0, not “-5”.")))
			.andExpect(content().string(containsString("Enter the date as year-month-day")))
			.andExpect(content().string(containsString("Choose a level for this language.")));
	}

	@Test
	void textThatIsNoConceptIsNamedInTheMessage() throws Exception {
		String email = newSeeker();

		this.mvc
			.perform(post("/seeker/profile").with(user(email).roles("SEEKER"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("occupation.text", "Qxzvqwpl Jjkrrw")
				.param("occupation.id", "")
				.param("occupation.years", "2")
				.param("home.text", "<b>Nowhereqx</b>")
				.param("home.id", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"We found no occupation called “Qxzvqwpl Jjkrrw”. Try another word or pick one from the list.")))
			.andExpect(content().string(containsString("We found no place called “&lt;b&gt;Nowhereqx&lt;/b&gt;”.")))
			.andExpect(content().string(not(containsString("<b>Nowhereqx</b>"))));

		assertThat(this.profiles.find(idOf(email))).isEmpty();
	}

	@Test
	void consentIsGivenAndWithdrawnFromThePageAndKeptInTheHistory() throws Exception {
		String email = newSeeker();
		AccountId seeker = idOf(email);

		this.mvc
			.perform(post("/seeker/profile/consent").with(user(email).roles("SEEKER"))
				.with(csrf())
				.param("purpose", "EMPLOYERS")
				.param("given", "true"))
			.andExpect(redirectedUrl("/seeker/profile#visibility"));
		assertThat(this.consents.given(seeker)).containsExactly(ConsentPurpose.EMPLOYERS);

		this.mvc
			.perform(post("/seeker/profile/consent").with(user(email).roles("SEEKER"))
				.with(csrf())
				.param("purpose", "EMPLOYERS")
				.param("given", "false"))
			.andExpect(redirectedUrl("/seeker/profile#visibility"));
		assertThat(this.consents.given(seeker)).isEmpty();
		assertThat(this.consents.history(seeker)).extracting(ConsentChange::purpose, ConsentChange::given)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentPurpose.EMPLOYERS, true),
					org.assertj.core.groups.Tuple.tuple(ConsentPurpose.EMPLOYERS, false));

		this.mvc.perform(get("/seeker/profile").with(user(email).roles("SEEKER")).header("Accept-Language", "nb"))
			.andExpect(content().string(containsString("Sluttet å dele")))
			.andExpect(content().string(containsString("<time datetime=\"")))
			.andExpect(content().string(containsString("tider i Europe/Oslo")));
	}

	@Test
	void aPostWithoutCsrfTokenChangesNothing() throws Exception {
		String email = newSeeker();

		this.mvc
			.perform(post("/seeker/profile/consent").with(user(email).roles("SEEKER"))
				.param("purpose", "EMPLOYERS")
				.param("given", "true"))
			.andExpect(status().isForbidden());

		assertThat(this.consents.history(idOf(email))).isEmpty();
	}

	private MockHttpServletRequestBuilder invalid(String email, String language) {
		return post("/seeker/profile").with(user(email).roles("SEEKER"))
			.with(csrf())
			.header("Accept-Language", language)
			.param("occupation.text", "Spesialsykepleiere")
			.param("occupation.id", "isco08:2221")
			.param("occupation.years", "61")
			.param("language.text", "svensk")
			.param("language.id", "")
			.param("language.level", "")
			.param("mobility.NO.considered", "on")
			.param("mobility.NO.km", "1001")
			.param("earliestStart", "2027-02-31")
			.param("salary.amount", "-5")
			.param("salary.currency", "NOK")
			.param("salary.period", "MONTH");
	}

	private String newSeeker() {
		String email = "profile-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(email, "Siri Seeker", "a long password here", Role.SEEKER));
		return email;
	}

	private AccountId idOf(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
