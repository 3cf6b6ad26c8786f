package io.arcticmatch.web.mentors;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * When the coordinator confirms a pair, the mentor and the mentee each get a mail in the
 * language they use the programme in; and a job title typed without the typeahead is
 * resolved to an occupation on the server.
 */
@WebAppTest
class PairingMailTest {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MentorProgramme programme;

	@Autowired
	private Labelling labelling;

	@Autowired
	private GreenMail greenMail;

	@Test
	void bothSidesOfAConfirmedPairAreToldInTheirLanguage() throws Exception {
		String domain = "pairing-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		String mentorEmail = "mentor@" + domain;
		String menteeEmail = "mentee@" + domain;
		AccountId coach = this.accounts.open(new NewAccount("coach@" + domain, "Coach", PASSWORD, Role.COACH));
		AccountId mentor = this.accounts.open(new NewAccount(mentorEmail, "Aino Mentor", PASSWORD, Role.SEEKER));
		AccountId mentee = this.accounts.open(new NewAccount(menteeEmail, "Sara Mentee", PASSWORD, Role.SEEKER));

		this.mvc
			.perform(post("/mentoring/mentor").param("lang", "fi")
				.param("occupations", "weld")
				.param("languages", "fi", "en")
				.param("place", "Tromsø")
				.param("hoursPerMonth", "4")
				.param("about", "")
				.with(csrf())
				.with(user(mentorEmail).roles("SEEKER")))
			.andExpect(redirectedUrl("/mentoring/mentor"));
		this.mvc
			.perform(post("/seeker/mentoring/request").param("lang", "sv")
				.param("wishes", "Learn how hiring works")
				.with(csrf())
				.with(user(menteeEmail).roles("SEEKER")))
			.andExpect(redirectedUrl("/seeker/mentoring"));
		this.programme.decide(coach, mentor, true);
		UUID pair = this.programme.confirmPair(coach, this.programme.liveRequest(mentee).orElseThrow().id(), mentor);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.greenMail.getReceivedMessagesForDomain(domain).length == 2);
		MimeMessage toMentee = to(domain, menteeEmail);
		assertThat(toMentee.getSubject()).isEqualTo("Vi föreslår en mentor för dig: Aino Mentor");
		assertThat(String.valueOf(toMentee.getContent())).contains("/seeker/mentoring");
		MimeMessage toMentor = to(domain, mentorEmail);
		assertThat(toMentor.getSubject()).isEqualTo("Sinua ehdotetaan mentoriksi: Sara Mentee");
		assertThat(String.valueOf(toMentor.getContent())).contains("/mentoring/pairs/" + pair);
	}

	@Test
	void aTypedJobTitleIsResolvedToTheTypeaheadsBestOccupation() throws Exception {
		String email = "typed-" + UUID.randomUUID() + "@example.no";
		AccountId mentor = this.accounts.open(new NewAccount(email, "Typed", PASSWORD, Role.SEEKER));

		this.mvc
			.perform(post("/mentoring/mentor").param("occupations", "weld")
				.param("languages", "nb")
				.param("place", "Tromsø")
				.param("hoursPerMonth", "2")
				.with(csrf())
				.with(user(email).roles("SEEKER")))
			.andExpect(redirectedUrl("/mentoring/mentor"));

		assertThat(this.programme.mentor(mentor).orElseThrow().occupations()).singleElement()
			.satisfies((id) -> assertThat(this.labelling.occupationLabel(id, Locale.ENGLISH).toLowerCase(Locale.ROOT))
				.contains("weld"));
	}

	private MimeMessage to(String domain, String address) {
		return Arrays.stream(this.greenMail.getReceivedMessagesForDomain(domain)).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
	}

}
