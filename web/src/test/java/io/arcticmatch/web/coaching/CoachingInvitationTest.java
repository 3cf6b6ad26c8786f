package io.arcticmatch.web.coaching;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.mail.PublicAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
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
 * An invitation goes out by mail to a real SMTP server, and its link lets the invited
 * person sign up, sign in and join the group.
 */
@WebAppTest
class CoachingInvitationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CoachingService coaching;

	@Autowired
	private Consents consents;

	@Autowired
	private PublicAddress address;

	@Autowired
	private PreferredLanguages languages;

	@Test
	void theInvitationMailsLinkLetsANewSeekerSignUpAndJoin() throws Exception {
		CoachingFixtures fixtures = new CoachingFixtures(this.accounts);
		Account coach = fixtures.account(Role.COACH, "Coach");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Grensegruppa Finnmark"));
		String domain = "invite-" + UUID.randomUUID() + ".example";
		String invited = "ingrid@" + domain;

		this.mvc
			.perform(post("/coach/groups/" + group + "/invitations").with(user(coach.email()).roles("COACH"))
				.with(csrf())
				.header("Accept-Language", "nb")
				.param("email", invited))
			.andExpect(redirectedUrl("/coach/groups/" + group + "/members"));

		MimeMessage[] mails = this.greenMail.getReceivedMessagesForDomain(domain);
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).isEqualTo("Invitasjon til veiledningsgruppen Grensegruppa Finnmark");
		String text = (String) mails[0].getContent();
		assertThat(text).contains("Coach inviterer deg");
		// the link starts with the public address, not the one the coach's request came
		// in on
		Matcher link = Pattern.compile(Pattern.quote(this.address.link("/invitations/coaching/")) + "([A-Za-z0-9_-]+)")
			.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String token = link.group(1);

		// the link is public and shows the group; joining leads through sign-in
		this.mvc.perform(get("/invitations/coaching/" + token).header("Accept-Language", "nb"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Grensegruppa Finnmark")))
			.andExpect(content().string(containsString("/seeker/groups/join/" + token)));
		MockHttpSession browser = new MockHttpSession();
		this.mvc.perform(get("/seeker/groups/join/" + token).session(browser)).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/signup").session(browser)
				.with(csrf())
				.param("email", invited)
				.param("displayName", "Ingrid")
				.param("password", CoachingFixtures.PASSWORD)
				.param("passwordRepeat", CoachingFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/login").session(browser)
				.with(csrf())
				.param("username", invited)
				.param("password", CoachingFixtures.PASSWORD))
			.andExpect(redirectedUrl("http://localhost/seeker/groups/join/" + token + "?continue"));

		Account ingrid = this.accounts.findByEmail(invited).orElseThrow();
		this.mvc.perform(get("/seeker/groups/join/" + token).with(user(invited).roles("SEEKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shareProfile")));
		this.mvc
			.perform(post("/seeker/groups/join/" + token).with(user(invited).roles("SEEKER"))
				.with(csrf())
				.param("shareProfile", "true"))
			.andExpect(redirectedUrl("/seeker/groups/" + group));

		assertThat(this.coaching.members(coach, group)).extracting(Member::seeker).containsExactly(ingrid.id());
		assertThat(this.consents.isGiven(ingrid.id(), ConsentPurpose.COACHES)).isTrue();
		assertThat(this.coaching.openInvitations(coach, group)).isEmpty();
	}

	@Test
	void aPersonWithAnAccountIsInvitedInTheLanguageTheyLastUsedThePagesIn() throws Exception {
		CoachingFixtures fixtures = new CoachingFixtures(this.accounts);
		Account coach = fixtures.account(Role.COACH, "Coach");
		Account swedish = fixtures.account(Role.SEEKER, "Svea");
		this.languages.keep(swedish.id(), Locale.forLanguageTag("sv"));
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Tornedalen"));

		this.coaching.invite(coach, group, swedish.email(), Locale.forLanguageTag("nb"));
		String nobody = "nobody-" + UUID.randomUUID() + "@coaching.example";
		this.coaching.invite(coach, group, nobody, Locale.forLanguageTag("nb"));

		assertThat(this.greenMail.getReceivedMessagesForDomain(swedish.email())).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("Inbjudan till coachninggruppen Tornedalen"));
		assertThat(this.greenMail.getReceivedMessagesForDomain(nobody)).singleElement()
			.satisfies(
					(mail) -> assertThat(mail.getSubject()).isEqualTo("Invitasjon til veiledningsgruppen Tornedalen"));
	}

	@Test
	void anInvitationWorksOnceAndJoiningWithoutTickingTheBoxGivesNoConsent() throws Exception {
		CoachingFixtures fixtures = new CoachingFixtures(this.accounts);
		Account coach = fixtures.account(Role.COACH, "Coach");
		Account first = fixtures.account(Role.SEEKER, "First");
		Account second = fixtures.account(Role.SEEKER, "Second");
		GroupId group = this.coaching.create(coach, CoachingFixtures.details("Once"));
		String domain = "once-" + UUID.randomUUID() + ".example";
		String token = this.coaching.invite(coach, group, "first@" + domain, Locale.ENGLISH).token();

		this.mvc.perform(post("/seeker/groups/join/" + token).with(user(first.email()).roles("SEEKER")).with(csrf()))
			.andExpect(redirectedUrl("/seeker/groups/" + group));
		this.mvc
			.perform(post("/seeker/groups/join/" + token).with(user(second.email()).roles("SEEKER"))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This invitation has been used already.")));

		assertThat(this.coaching.members(coach, group)).extracting(Member::seeker).containsExactly(first.id());
		assertThat(this.consents.isGiven(first.id(), ConsentPurpose.COACHES)).isFalse();
		this.mvc.perform(get("/invitations/coaching/" + token).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("This invitation has been used already.")));
	}

}
