package io.arcticmatch.web.alerts;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.alerts.AlertRunner.Outcome;
import io.arcticmatch.web.alerts.SavedSearches.NewSavedSearch;
import io.arcticmatch.web.mail.MailSettings;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.search.SearchParameterReader;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alert job against the application's own PostgreSQL, posting index and the test SMTP
 * server. Every test indexes postings carrying a made-up word of its own, searched for by
 * its own alert, mailed to an address of its own; the job runs at chosen moments after
 * the alerts were saved, through {@link AlertRunner#runDue(Instant)}.
 */
@WebAppTest
class AlertRunnerTest {

	private static final PostingPlace NARVIK = new PostingPlace(Country.NO, "18", "1806", "Narvik",
			new GeoPoint(68.43838, 17.4272));

	@Autowired
	private AlertRunner runner;

	@Autowired
	private SavedSearches searches;

	@Autowired
	private PostingIndex index;

	@Autowired
	private AccountService accounts;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private MockMvc mvc;

	private String word;

	private String email;

	private AccountId seeker;

	private Instant start;

	@BeforeEach
	void seekerWithAWordOfTheirOwn() {
		this.word = madeUpWord();
		this.email = "alerts-" + UUID.randomUUID() + "@example.no";
		this.seeker = this.accounts
			.open(new NewAccount(this.email, "Aila Alert", "a long enough password", Role.SEEKER));
		this.start = Instant.now();
	}

	@Test
	void dueAlertMailsExactlyTheMatchingNewPostings() throws Exception {
		SavedSearch alert = save(Frequency.DAILY, "q=" + this.word);
		JobPosting nurse = posting("1", "Sykepleier " + this.word);
		JobPosting welder = posting("2", "Sveiser " + this.word);
		this.index.save(List.of(nurse, welder, posting("3", "Sykepleier uten ordet")));

		AlertRunner.Report report = this.runner.runDue(this.start.plus(Duration.ofHours(25)));

		assertThat(report.outcomes()).containsEntry(alert.id(), Outcome.MAILED);
		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("2 new jobs: Nurses");
		String text = text(mail);
		assertThat(text).contains("Sykepleier " + this.word, "Sveiser " + this.word)
			.contains("http://localhost:8080/jobs/" + nurse.id(), "http://localhost:8080/jobs/" + welder.id())
			.doesNotContain("uten ordet");
		assertThat(this.searches.sent(alert.id())).extracting(SavedSearches.SentPosting::postingId)
			.containsExactlyInAnyOrder(nurse.id().toString(), welder.id().toString());
	}

	@Test
	void runningAgainMailsNothingAlreadySent() throws Exception {
		SavedSearch alert = save(Frequency.DAILY, "q=" + this.word);
		this.index.save(List.of(posting("1", "Sykepleier " + this.word)));
		this.runner.runDue(this.start.plus(Duration.ofHours(25)));

		AlertRunner.Report next = this.runner.runDue(this.start.plus(Duration.ofHours(50)));

		assertThat(next.outcomes()).containsEntry(alert.id(), Outcome.NOTHING_NEW);
		assertThat(mails()).hasSize(1);
	}

	@Test
	void changedPostingIsMailedAgainAndOnlyIt() throws Exception {
		SavedSearch alert = save(Frequency.DAILY, "q=" + this.word);
		JobPosting nurse = posting("1", "Sykepleier " + this.word);
		this.index.save(List.of(nurse, posting("2", "Sveiser " + this.word)));
		this.runner.runDue(this.start.plus(Duration.ofHours(25)));

		this.index.save(List.of(nurse.toBuilder().title("Sykepleier " + this.word + " natt").build()));
		AlertRunner.Report next = this.runner.runDue(this.start.plus(Duration.ofHours(50)));

		assertThat(next.outcomes()).containsEntry(alert.id(), Outcome.MAILED);
		List<MimeMessage> mails = mails();
		assertThat(mails).hasSize(2);
		String second = text(mails.get(1));
		assertThat(second).contains("Sykepleier " + this.word + " natt (changed)").doesNotContain("Sveiser");
		assertThat(mails.get(1).getSubject()).isEqualTo("1 new job: Nurses");
	}

	@Test
	void weeklyAlertIsNotDueAfterOneDay() throws Exception {
		SavedSearch alert = save(Frequency.WEEKLY, "q=" + this.word);
		this.index.save(List.of(posting("1", "Sykepleier " + this.word)));

		assertThat(this.runner.runDue(this.start.plus(Duration.ofDays(1)).plusSeconds(60)).outcomes())
			.doesNotContainKey(alert.id());
		assertThat(mails()).isEmpty();

		assertThat(this.runner.runDue(this.start.plus(Duration.ofDays(7)).plusSeconds(60)).outcomes())
			.containsEntry(alert.id(), Outcome.MAILED);
		assertThat(mails()).hasSize(1);
	}

	@Test
	void mailIsWrittenInTheLanguageSavedWithTheSearch() throws Exception {
		save(Frequency.DAILY, "q=" + this.word, Locale.forLanguageTag("fi"));
		this.index.save(List.of(posting("1", "Sairaanhoitaja " + this.word), posting("2", "Lähihoitaja " + this.word)));

		this.runner.runDue(this.start.plus(Duration.ofHours(25)));

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("2 uutta työpaikkaa: Nurses");
		assertThat(text(mail)).contains("Uudet tai muuttuneet työpaikat", "Lopeta tämä hakuvahti");
	}

	@Test
	void unsubscribeLinkOfTheMailHeaderStopsTheMailsInOneClick() throws Exception {
		SavedSearch alert = save(Frequency.DAILY, "q=" + this.word);
		this.index.save(List.of(posting("1", "Sykepleier " + this.word)));
		this.runner.runDue(this.start.plus(Duration.ofHours(25)));
		MimeMessage mail = onlyMail();
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String link = mail.getHeader("List-Unsubscribe")[0];
		assertThat(link).isEqualTo("<http://localhost:8080/unsubscribe/" + alert.unsubscribeToken() + ">");
		String path = link.substring("<http://localhost:8080".length(), link.length() - 1);
		assertThat(text(mail)).contains("http://localhost:8080" + path);

		// opening the link only asks; a mail program's one-click request needs no session
		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Nurses")));
		assertThat(this.searches.find(this.seeker, alert.id()).orElseThrow().paused()).isFalse();
		this.mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());

		assertThat(this.searches.find(this.seeker, alert.id()).orElseThrow().paused()).isTrue();
		this.index.save(List.of(posting("2", "Sveiser " + this.word)));
		assertThat(this.runner.runDue(this.start.plus(Duration.ofDays(3))).outcomes()).doesNotContainKey(alert.id());
		assertThat(mails()).hasSize(1);
	}

	@Test
	void failedSendKeepsTheAlertDueAndRecordsNothing(@TempDir Path outbox, @Autowired SearchParameterReader reader,
			@Autowired AlertMails alertMails, @Autowired PlatformTransactionManager transactions) throws Exception {
		SavedSearch alert = save(Frequency.DAILY, "q=" + this.word);
		this.index.save(List.of(posting("1", "Sykepleier " + this.word)));
		AlertRunner unreachable = new AlertRunner(this.searches, reader, this.index, this.accounts, alertMails,
				mailerTo(closedPort(), outbox), new TransactionTemplate(transactions), 50);
		Instant now = this.start.plus(Duration.ofHours(25));

		assertThat(unreachable.runDue(now).outcomes()).containsEntry(alert.id(), Outcome.FAILED);

		SavedSearch after = this.searches.find(this.seeker, alert.id()).orElseThrow();
		assertThat(after.lastRunAt()).isNull();
		assertThat(after.isDue(now)).isTrue();
		assertThat(this.searches.sent(alert.id())).isEmpty();
		assertThat(mails()).isEmpty();
		// the next run, with the mail server reachable, mails what failed
		assertThat(this.runner.runDue(now.plusSeconds(900)).outcomes()).containsEntry(alert.id(), Outcome.MAILED);
		assertThat(text(onlyMail())).contains("Sykepleier " + this.word);
	}

	@Test
	void invalidSavedQueryIsReportedWithoutStoppingTheOtherAlerts() throws Exception {
		SavedSearch broken = save(Frequency.DAILY, "q=" + this.word + "&country=XX");
		SavedSearch working = save(Frequency.DAILY, "q=" + this.word);
		this.index.save(List.of(posting("1", "Sykepleier " + this.word)));

		AlertRunner.Report report = this.runner.runDue(this.start.plus(Duration.ofHours(25)));

		assertThat(report.outcomes()).containsEntry(broken.id(), Outcome.INVALID_QUERY)
			.containsEntry(working.id(), Outcome.MAILED);
		assertThat(mails()).hasSize(1);
		assertThat(this.searches.find(this.seeker, broken.id()).orElseThrow().lastRunAt()).isNull();
	}

	@Test
	void deletingTheAccountRemovesItsAlertsFromTheMailQueue() throws Exception {
		SavedSearch alert = save(Frequency.DAILY, "q=" + this.word);
		this.index.save(List.of(posting("1", "Sykepleier " + this.word)));
		this.runner.runDue(this.start.plus(Duration.ofHours(25)));
		assertThat(this.accounts.export(this.seeker)).containsKey("savedSearches");

		this.accounts.delete(this.seeker);
		this.index.save(List.of(posting("2", "Sveiser " + this.word)));

		assertThat(this.searches.list(this.seeker)).isEmpty();
		assertThat(this.searches.sent(alert.id())).isEmpty();
		assertThat(this.runner.runDue(this.start.plus(Duration.ofDays(5))).outcomes()).doesNotContainKey(alert.id());
		assertThat(mails()).hasSize(1);
	}

	private SavedSearch save(Frequency frequency, String query) {
		return save(frequency, query, Locale.ENGLISH);
	}

	private SavedSearch save(Frequency frequency, String query, Locale locale) {
		return this.searches.save(this.seeker, new NewSavedSearch("Nurses", query, frequency, locale));
	}

	private JobPosting posting(String id, String title) {
		return JobPosting
			.builder(new PostingId("alerttest", this.word + "-" + id), title, NARVIK,
					this.start.minus(Duration.ofHours(1)))
			.employer("Narvik kommune")
			.description("<p>" + title + "</p>")
			.language("nb")
			.build();
	}

	private List<MimeMessage> mails() throws MessagingException {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equals(this.email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private MimeMessage onlyMail() throws MessagingException {
		List<MimeMessage> mails = mails();
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static String text(MimeMessage mail) throws IOException, MessagingException {
		return (String) mail.getContent();
	}

	/**
	 * A word no other test's posting has: consonants only, so no stemmer shortens it.
	 */
	private static String madeUpWord() {
		String letters = "bcdfghjklmnpqrstvwxz";
		StringBuilder word = new StringBuilder("alrt");
		for (int i = 0; i < 8; i++) {
			word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return word.toString();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The application's own Mailer, sending to an SMTP server that is not there.
	 */
	private static Mailer mailerTo(int port, Path outbox) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(port);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new Mailer(
				new MailSettings(MailSettings.Transport.SMTP, "Arctic Match <no-reply@arcticmatch.test>", outbox),
				beans.getBeanProvider(JavaMailSender.class), Clock.systemUTC());
	}

}
