package io.arcticmatch.web.employers;

import java.util.Arrays;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.consent.ConsentPurpose;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Candidates of an opening come from the reverse matcher over consenting seekers only;
 * invitations reach the seeker, and the answers reach the employer.
 */
@WebAppTest
class CandidatesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Openings openings;

	@Autowired
	private Candidates candidates;

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

	@Autowired
	private PreferredLanguages languages;

	private EmployerTestData data;

	@BeforeEach
	void setUp() {
		this.data = new EmployerTestData(this.accounts, this.employers, this.profiles, this.consents);
	}

	@Test
	void onlySeekersWhoConsentedToEmployersAreCandidates() throws Exception {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("candidates"));
		Account willing = this.data.seeker("Wilma Willing", true);
		Account private_ = this.data.seeker("Petra Private", false);

		this.mvc
			.perform(get("/employer/openings/" + opening.id() + "/candidates").header("Accept-Language", "en")
				.with(user(member.account().email()).roles("EMPLOYER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wilma Willing")))
			.andExpect(content().string(not(containsString("Petra Private"))))
			.andExpect(content().string(containsString("match-explanation")));
		assertThat(this.candidates.top(member.account(), opening.id())).extracting(Candidates.MatchedCandidate::seeker)
			.contains(willing.id().value())
			.doesNotContain(private_.id().value());
	}

	@Test
	void withdrawnConsentTakesTheSeekerOffTheListAtOnce() {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("withdrawn"));
		Account seeker = this.data.seeker("Wenche Withdrawing", true);
		assertThat(this.candidates.top(member.account(), opening.id())).extracting(Candidates.MatchedCandidate::seeker)
			.contains(seeker.id().value());

		this.consents.withdraw(seeker.id(), ConsentPurpose.EMPLOYERS);

		assertThat(this.candidates.top(member.account(), opening.id())).extracting(Candidates.MatchedCandidate::seeker)
			.doesNotContain(seeker.id().value());
	}

	@Test
	void aSeekerWhoHasNotConsentedCannotBeInvited() throws Exception {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("noconsent"));
		Account seeker = this.data.seeker("Nora Noconsent", false);

		this.mvc
			.perform(post("/employer/openings/" + opening.id() + "/candidates/" + seeker.id().value() + "/invite")
				.param("message", "Come!")
				.with(user(member.account().email()).roles("EMPLOYER"))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.candidates.received(seeker)).isEmpty();
		assertThat(mailsTo(seeker.email())).isEmpty();
	}

	@Test
	void invitedSeekerIsToldByMailAndAnswersTheEmployer() throws Exception {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("invited"));
		Account seeker = this.data.seeker("Ylva Yes", true);

		this.mvc
			.perform(post("/employer/openings/" + opening.id() + "/candidates/" + seeker.id().value() + "/invite")
				.param("message", "We would like to meet you.")
				.header("Accept-Language", "sv")
				.with(user(member.account().email()).roles("EMPLOYER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(mailsTo(seeker.email())).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).contains("bjuder in dig att söka").contains(member.employer().name());
			assertThat(GreenMailUtil.getBody(mail)).contains("/seeker/invitations");
		});
		this.mvc
			.perform(get("/seeker/invitations").header("Accept-Language", "en")
				.with(user(seeker.email()).roles("SEEKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Svetsare invited")))
			.andExpect(content().string(containsString("We would like to meet you.")));

		var invitation = this.candidates.received(seeker).getFirst().invitation();
		this.mvc
			.perform(post("/seeker/invitations/" + invitation.id() + "/answer").param("answer", "yes")
				.param("message", "Gladly")
				.with(user(seeker.email()).roles("SEEKER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.candidates.received(seeker).getFirst().invitation().interested()).isTrue();
		assertThat(mailsTo(member.account().email()))
			.anySatisfy((mail) -> assertThat(mail.getSubject()).contains("Ylva Yes").contains("Svetsare invited"));
		this.mvc
			.perform(get("/employer/openings/" + opening.id() + "/candidates").header("Accept-Language", "en")
				.with(user(member.account().email()).roles("EMPLOYER")))
			.andExpect(content().string(containsString("the candidate is interested")))
			.andExpect(content().string(containsString("Gladly")));
	}

	@Test
	void theInvitationMailIsInTheLanguageTheSeekerLastUsedThePagesIn() {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("in Finnish"));
		Account seeker = this.data.seeker("Fanni Finnish", true);
		this.languages.keep(seeker.id(), Locale.forLanguageTag("fi"));

		this.candidates.invite(member.account(), opening.id(), seeker.id().value(), "", Locale.forLanguageTag("sv"));

		assertThat(mailsTo(seeker.email())).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).contains("kutsuu sinut hakemaan"));
	}

	@Test
	void personalDataCoversInvitationsAndMembership() {
		var member = this.data.approved();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder("export"));
		Account seeker = this.data.seeker("Erik Export", true);
		this.candidates.invite(member.account(), opening.id(), seeker.id().value(), "Hello", Locale.ENGLISH);

		assertThat(this.accounts.export(seeker.id()).get("employers")).asString()
			.contains("invitationsReceived")
			.contains("Svetsare export");
		assertThat(this.accounts.export(member.account().id()).get("employers")).asString()
			.contains(member.employer().name())
			.contains("Svetsare export");

		this.accounts.delete(seeker.id());
		this.accounts.delete(member.account().id());

		assertThat(this.employers.members(member.employer().id())).isEmpty();
		assertThat(this.openings.find(opening.id())).isPresent();
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
