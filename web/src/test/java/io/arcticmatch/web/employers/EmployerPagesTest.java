package io.arcticmatch.web.employers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration, an administrator's decision, colleagues and the opening form, through the
 * pages.
 */
@WebAppTest
class EmployerPagesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Openings openings;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Employers employers;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	@Autowired
	private GreenMail greenMail;

	private EmployerTestData data;

	@BeforeEach
	void setUp() {
		this.data = new EmployerTestData(this.accounts, this.employers, this.profiles, this.consents);
	}

	@Test
	void wrongCheckDigitIsExplainedInTheVisitorsLanguage() throws Exception {
		this.mvc
			.perform(post("/employers/register").with(csrf())
				.header("Accept-Language", "sv")
				.param("organisation", "Fel AB")
				.param("country", "SE")
				.param("orgNumber", "556016-0681")
				.param("displayName", "Frida Fel")
				.param("email", "fel-" + UUID.randomUUID() + "@employers.test")
				.param("password", EmployerTestData.PASSWORD)
				.param("passwordRepeat", EmployerTestData.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kontrollsiffran stämmer inte")))
			.andExpect(content().string(containsString("Fel AB")));
		this.mvc
			.perform(post("/employers/register").with(csrf())
				.header("Accept-Language", "fi")
				.param("organisation", "Virhe Oy")
				.param("country", "FI")
				.param("orgNumber", "12345")
				.param("displayName", "")
				.param("email", "not an address")
				.param("password", "short")
				.param("passwordRepeat", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Y-tunnuksessa on 7 numeroa")))
			.andExpect(content().string(containsString("Anna nimesi.")))
			.andExpect(content().string(containsString("Salasanassa on oltava")));
	}

	@Test
	void registeredOrganisationWaitsForTheAdministratorWhoApprovesItByMail() throws Exception {
		String email = "first-" + UUID.randomUUID() + "@employers.test";
		this.mvc
			.perform(post("/employers/register").with(csrf())
				.header("Accept-Language", "nb")
				.param("organisation", "Nordlys Hotell AS")
				.param("country", "NO")
				.param("orgNumber", "974 760 673")
				.param("displayName", "Nils Nordlys")
				.param("email", email)
				.param("password", EmployerTestData.PASSWORD)
				.param("passwordRepeat", EmployerTestData.PASSWORD))
			.andExpect(redirectedUrl("/login"));
		Account account = this.accounts.findByEmail(email).orElseThrow();
		Employer employer = this.employers.of(account).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.EMPLOYER);
		assertThat(employer.status()).isEqualTo(EmployerStatus.PENDING);
		assertThat(employer.orgNumber()).isEqualTo("974760673");

		this.mvc
			.perform(post("/employers/register").with(csrf())
				.header("Accept-Language", "en")
				.param("organisation", "Nordlys Again")
				.param("country", "NO")
				.param("orgNumber", "974760673")
				.param("displayName", "Other")
				.param("email", "other-" + UUID.randomUUID() + "@employers.test")
				.param("password", EmployerTestData.PASSWORD)
				.param("passwordRepeat", EmployerTestData.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registered already")));

		Account admin = this.data.account(Role.ADMIN);
		this.mvc
			.perform(post("/admin/employers/" + employer.id() + "/approve").with(csrf())
				.with(user(admin.email()).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/employers"));

		assertThat(this.employers.find(employer.id()).orElseThrow().status()).isEqualTo(EmployerStatus.APPROVED);
		assertThat(mailsTo(email)).singleElement()
			.satisfies(
					(mail) -> assertThat(mail.getSubject()).isEqualTo("Arctic Match: Nordlys Hotell AS er godkjent"));
	}

	@Test
	void rejectionNeedsAReasonAndTellsTheEmployerWhy() throws Exception {
		var pending = this.data.registered();
		Account admin = this.data.account(Role.ADMIN);

		this.mvc
			.perform(post("/admin/employers/" + pending.employer().id() + "/reject").param("reason", " ")
				.with(csrf())
				.with(user(admin.email()).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/employers"));
		assertThat(this.employers.find(pending.employer().id()).orElseThrow().status())
			.isEqualTo(EmployerStatus.PENDING);

		this.mvc
			.perform(post("/admin/employers/" + pending.employer().id() + "/reject")
				.param("reason", "The organisation number belongs to another company.")
				.with(csrf())
				.with(user(admin.email()).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/employers"));

		assertThat(this.employers.find(pending.employer().id()).orElseThrow().status())
			.isEqualTo(EmployerStatus.REJECTED);
		assertThat(mailsTo(pending.account().email())).singleElement()
			.satisfies((mail) -> assertThat(GreenMailUtil.getBody(mail))
				.contains("The organisation number belongs to another company."));
	}

	@Test
	void colleagueJoinsTheOrganisationThroughTheLinkInTheMailOnce() throws Exception {
		var member = this.data.approved();
		String colleague = "colleague-" + UUID.randomUUID() + "@employers.test";

		this.mvc
			.perform(post("/employer/colleagues").param("email", colleague)
				.with(csrf())
				.with(user(member.account().email()).roles("EMPLOYER")))
			.andExpect(redirectedUrl("/employer/colleagues"));
		String body = GreenMailUtil.getBody(mailsTo(colleague)[0]).replace("=\r\n", "");
		Matcher link = Pattern.compile("/invitations/employer/([0-9a-f]+)").matcher(body);
		assertThat(link.find()).isTrue();
		String path = link.group();

		this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(member.employer().name())));
		this.mvc
			.perform(post(path).with(csrf())
				.param("displayName", "Kari Colleague")
				.param("password", EmployerTestData.PASSWORD)
				.param("passwordRepeat", EmployerTestData.PASSWORD))
			.andExpect(redirectedUrl("/login"));

		Account joined = this.accounts.findByEmail(colleague).orElseThrow();
		assertThat(joined.role()).isEqualTo(Role.EMPLOYER);
		assertThat(this.employers.of(joined).map(Employer::id)).contains(member.employer().id());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void openingFormWithoutScriptResolvesTextsAndSanitisesTheDescription() throws Exception {
		var member = this.data.approved();
		String title = "Sveiser " + DirectOpeningsSearchTest.uniqueWord();

		this.mvc
			.perform(post("/employer/openings/new").with(csrf())
				.with(user(member.account().email()).roles("EMPLOYER"))
				.param("title", title)
				.param("occupation", "Svetsare")
				.param("skills", "Gassvetsning")
				.param("description", "<p onclick=\"x()\">Bra <strong>jobb</strong></p><script>alert(1)</script>")
				.param("country", "SE")
				.param("place", "Kiruna")
				.param("employmentType", "PERMANENT")
				.param("remoteMode", "HYBRID")
				.param("languages[0].id", "iso639:swe")
				.param("languages[0].level", "B2")
				.param("languages[0].required", "true")
				.param("licenceIds", "licence:B")
				.param("salaryMin", "35 000")
				.param("salaryMax", "42000")
				.param("currency", "SEK")
				.param("salaryPeriod", "MONTH")
				.param("deadline", LocalDate.now(java.time.ZoneOffset.UTC).plusWeeks(3).toString())
				.param("applyUrl", "https://jobb.example.se/sveiser"))
			.andExpect(redirectedUrl("/employer/openings"));

		Opening opening = this.openings.list(member.account())
			.stream()
			.filter((one) -> one.details().title().equals(title))
			.findFirst()
			.orElseThrow();
		OpeningDetails details = opening.details();
		assertThat(details.occupationId()).isNotBlank();
		assertThat(details.skills()).isNotEmpty();
		assertThat(details.municipalityCode()).isEqualTo("2584");
		assertThat(details.descriptionHtml()).isEqualTo("<p>Bra <strong>jobb</strong></p>");
		assertThat(details.salaryMin()).isEqualByComparingTo("35000");
		assertThat(details.languages()).containsExactly(new OpeningDetails.WorkingLanguage("iso639:swe", "B2", true));
		assertThat(details.licenceIds()).containsExactly("licence:B");
	}

	@Test
	void openingFormExplainsEveryProblemInTheUsersLanguage() throws Exception {
		var member = this.data.approved();

		this.mvc
			.perform(post("/employer/openings/new").with(csrf())
				.header("Accept-Language", "nb")
				.with(user(member.account().email()).roles("EMPLOYER"))
				.param("title", "")
				.param("occupation", "qqqqzzzz")
				.param("description", "<script>alert(1)</script>")
				.param("country", "NO")
				.param("place", "Atlantis")
				.param("salaryMin", "40000")
				.param("salaryMax", "30000")
				.param("deadline", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString())
				.param("applyUrl", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv inn en tittel.")))
			.andExpect(content().string(containsString("Ingen yrker passer til")))
			.andExpect(content().string(containsString("Beskriv jobben.")))
			.andExpect(content().string(containsString("Ingen kommune")))
			.andExpect(content().string(containsString("Velg ansettelsesform.")))
			.andExpect(content().string(containsString("Det høyeste beløpet kan ikke være lavere")))
			.andExpect(content().string(containsString("Velg valuta for lønnen.")))
			.andExpect(content().string(containsString("Fristen kan ikke ha passert.")))
			.andExpect(content().string(containsString("https://")));
		assertThat(this.openings.list(member.account())).isEmpty();
	}

	@Test
	void duplicateStartsANewOpeningFromACopyWithoutDeadline() throws Exception {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("copy"));

		this.mvc
			.perform(post("/employer/openings/" + opening.id() + "/duplicate").with(csrf())
				.with(user(member.account().email()).roles("EMPLOYER")))
			.andExpect(redirectedUrl("/employer/openings/new?from=" + opening.id()));
		this.mvc
			.perform(get("/employer/openings/new?from=" + opening.id())
				.with(user(member.account().email()).roles("EMPLOYER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Svetsare copy\"")))
			.andExpect(content().string(containsString("name=\"deadline\" value=\"\"")));
	}

	private MimeMessage[] mailsTo(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((mail) -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

}
