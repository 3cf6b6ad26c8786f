package io.arcticmatch.web.trips;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.accounts.Role;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders reach the seated participants by mail through a real SMTP server.
 */
@WebAppTest
class TripRemindersTest {

	@Autowired
	private TripReminders reminders;

	@Autowired
	private TripSignups signups;

	@Autowired
	private Trips trips;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private PreferredLanguages languages;

	@Test
	void seatedParticipantsAreRemindedOnceBeforeTheTripAndTheWaitingAreNot() throws Exception {
		TripFixtures fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		String domain = TripFixtures.domain();
		Instant start = TripFixtures.inDays(5);
		var trip = fixtures.trip(fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("Reminder trip", 1, start));
		Account seated = fixtures.bulkSeeker("seated@" + domain);
		Account waiting = fixtures.bulkSeeker("waiting@" + domain);
		this.signups.signUp(trip, seated, "", "");
		this.signups.signUp(trip, waiting, "", "");

		assertThat(this.reminders.runDue(start.minus(Duration.ofDays(3)))).isZero();
		Instant due = start.minus(Duration.ofDays(1));
		this.reminders.runDue(due);
		this.reminders.runDue(due.plus(Duration.ofHours(1)));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.greenMail.getReceivedMessagesForDomain(domain).length >= 1);
		Thread.sleep(500);
		MimeMessage[] mails = this.greenMail.getReceivedMessagesForDomain(domain);
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("seated@" + domain);
		assertThat(mails[0].getSubject()).contains("Reminder trip");
		StringBuilder text = new StringBuilder();
		List<String> files = new ArrayList<>();
		collect(mails[0], text, files);
		assertThat(text).contains("Kiruna station, main entrance").contains("/seeker/trips/" + trip);
		assertThat(files).containsExactly("trip.ics");
	}

	@Test
	void aReminderIsInTheLanguageItsParticipantLastUsedElseInTheTripsLanguage() throws Exception {
		TripFixtures fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		String domain = TripFixtures.domain();
		Instant start = TripFixtures.inDays(6);
		var trip = fixtures.trip(fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("Language trip", 2, start));
		Account finnish = fixtures.bulkSeeker("finnish@" + domain);
		Account unknown = fixtures.bulkSeeker("unknown@" + domain);
		this.languages.keep(finnish.id(), Locale.forLanguageTag("fi"));
		this.signups.signUp(trip, finnish, "", "");
		this.signups.signUp(trip, unknown, "", "");

		this.reminders.runDue(start.minus(Duration.ofDays(1)));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.greenMail.getReceivedMessagesForDomain(domain).length >= 2);
		Map<String, String> subjects = new HashMap<>();
		for (MimeMessage mail : this.greenMail.getReceivedMessagesForDomain(domain)) {
			subjects.put(mail.getAllRecipients()[0].toString(), mail.getSubject());
		}
		assertThat(subjects).containsOnly(Map.entry("finnish@" + domain, "Muistutus: Language trip"),
				Map.entry("unknown@" + domain, "Påminnelse: Language trip"));
	}

	private static void collect(Part part, StringBuilder text, List<String> files) throws Exception {
		if (part.getFileName() != null) {
			files.add(part.getFileName());
		}
		else if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text, files);
			}
		}
		else if (part.isMimeType("text/plain")) {
			text.append(part.getContent());
		}
	}

}
