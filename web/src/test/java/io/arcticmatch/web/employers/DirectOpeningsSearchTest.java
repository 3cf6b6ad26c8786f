package io.arcticmatch.web.employers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Openings go through ingest's pipeline as the direct source: what an approved employer
 * posts is found by the search API within seconds, and closing, expiry and an unapproved
 * employer keep it out.
 */
@WebAppTest
class DirectOpeningsSearchTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Openings openings;

	@Autowired
	private Employers employers;

	@Autowired
	private OpeningExpiry expiry;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	private EmployerTestData data;

	@BeforeEach
	void setUp() {
		this.data = new EmployerTestData(this.accounts, this.employers, this.profiles, this.consents);
	}

	@Test
	void postedOpeningIsFoundBySearchWithinSeconds() throws Exception {
		var member = this.data.approved();
		String word = uniqueWord();

		Opening opening = this.openings.post(member.account(), EmployerTestData.welder(word));

		String found = awaitSearch(word, true);
		assertThat(found).contains("\"direct:" + opening.id() + "\"")
			.contains("Svetsare " + word)
			.contains(member.employer().name());
	}

	@Test
	void openingOfAnUnapprovedEmployerIsNotFoundUntilApproval() throws Exception {
		var pending = this.data.registered();
		var approved = this.data.approved();
		String hidden = uniqueWord();
		String shown = uniqueWord();

		this.openings.post(pending.account(), EmployerTestData.welder(hidden));
		this.openings.post(approved.account(), EmployerTestData.welder(shown));
		// the pipeline keeps the order of what it is given: once the later one is
		// searchable, the earlier one has been through too
		awaitSearch(shown, true);

		assertThat(search(hidden)).contains("\"totalHits\":0");

		this.employers.approve(pending.employer().id());
		awaitSearch(hidden, true);
	}

	@Test
	void closedOpeningLeavesTheSearchAndReopenedComesBack() throws Exception {
		var member = this.data.approved();
		String word = uniqueWord();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder(word));
		awaitSearch(word, true);

		this.openings.close(member.account(), opening.id());
		awaitSearch(word, false);

		assertThat(this.openings.reopen(member.account(), opening.id())).isPresent();
		awaitSearch(word, true);
	}

	@Test
	void editedOpeningIsSearchableByItsNewTitle() throws Exception {
		var member = this.data.approved();
		String before = uniqueWord();
		String after = uniqueWord();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder(before));
		awaitSearch(before, true);

		this.openings.edit(member.account(), opening.id(), EmployerTestData.welder(after));

		awaitSearch(after, true);
		awaitSearch(before, false);
	}

	@Test
	void expiryRemindsBeforeTheDeadlineAndClosesAfterIt() throws Exception {
		var member = this.data.approved();
		String word = uniqueWord();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder(word));
		awaitSearch(word, true);
		Instant deadline = opening.deadline();

		OpeningExpiry.Run early = this.expiry.runDue(deadline.minus(10, ChronoUnit.DAYS));
		OpeningExpiry.Run reminder = this.expiry.runDue(deadline.minus(2, ChronoUnit.DAYS));
		OpeningExpiry.Run again = this.expiry.runDue(deadline.minus(1, ChronoUnit.DAYS));

		assertThat(early.reminded()).doesNotContain(opening.id());
		assertThat(reminder.reminded()).contains(opening.id());
		assertThat(again.reminded()).doesNotContain(opening.id());
		assertThat(mailsTo(member.account().email()))
			.anySatisfy((mail) -> assertThat(mail.getSubject()).contains("Svetsare " + word));

		OpeningExpiry.Run after = this.expiry.runDue(deadline.plusSeconds(1));

		assertThat(after.expired()).contains(opening.id());
		assertThat(this.openings.get(member.account(), opening.id()).status()).isEqualTo(OpeningStatus.EXPIRED);
		awaitSearch(word, false);
	}

	@Test
	void eachViewOfItsJobPageCountsForTheOpening() throws Exception {
		var member = this.data.approved();
		String word = uniqueWord();
		Opening opening = this.openings.post(member.account(), EmployerTestData.welder(word));
		awaitSearch(word, true);

		this.mvc.perform(get("/jobs/" + opening.postingId()));
		this.mvc.perform(get("/jobs/" + opening.postingId()));

		assertThat(this.openings.get(member.account(), opening.id()).views()).isEqualTo(2);
	}

	private MimeMessage[] mailsTo(String address) {
		return java.util.Arrays.stream(this.greenMail.getReceivedMessages()).filter((mail) -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

	private String awaitSearch(String word, boolean present) throws Exception {
		Instant giveUp = Instant.now().plus(PATIENCE);
		String body = search(word);
		while (body.contains("\"totalHits\":0") == present) {
			assertThat(Instant.now()).as("'%s' %s the search in time", word, present ? "reaches" : "leaves")
				.isBefore(giveUp);
			Thread.sleep(50);
			body = search(word);
		}
		return body;
	}

	private String search(String word) throws Exception {
		MvcResult result = this.mvc.perform(get("/api/postings").param("q", word)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * @return a word of letters only that no other posting has
	 */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("arx");
		String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		for (char c : letters.toCharArray()) {
			word.append((char) ('g' + (c - 'a')));
		}
		return word.toString().toLowerCase(Locale.ROOT);
	}

}
