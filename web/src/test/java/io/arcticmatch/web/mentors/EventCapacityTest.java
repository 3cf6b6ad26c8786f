package io.arcticmatch.web.mentors;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.events.EventSignups;
import io.arcticmatch.web.events.EventTerms;
import io.arcticmatch.web.events.Signup;
import io.arcticmatch.web.events.SignupStatus;
import io.arcticmatch.web.mentors.Values.MentorEvent;
import io.arcticmatch.web.mentors.Values.NewEvent;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Programme events on the shared sign-up machinery: capacity holds in the database
 * transaction, also when many sign up at once; a freed place goes to the first waiting;
 * who may sign up is the programme's rule.
 */
@WebAppTest
class EventCapacityTest {

	@Autowired
	private MentorEvents events;

	@Autowired
	private EventSignups signups;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aHundredConcurrentSignUpsForTenPlacesGiveTenPlacesAndNinetyOnTheWaitingList() throws Exception {
		UUID event = newEvent(10);
		List<Account> people = accounts(100, Role.SEEKER);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SignupStatus>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(100,
				Thread.ofPlatform().name("signup-", 0).factory())) {
			for (Account person : people) {
				Callable<SignupStatus> signUp = () -> {
					start.await();
					return this.events.signUp(person, event);
				};
				results.add(pool.submit(signUp));
			}
			start.countDown();
			List<SignupStatus> statuses = new ArrayList<>();
			for (Future<SignupStatus> result : results) {
				statuses.add(result.get());
			}

			Map<SignupStatus, Long> answered = statuses.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(answered).containsEntry(SignupStatus.SEATED, 10L).containsEntry(SignupStatus.WAITING, 90L);
		}
		MentorEvent shown = this.events.upcoming()
			.stream()
			.filter((found) -> found.id().equals(event))
			.findFirst()
			.orElseThrow();
		assertThat(shown.seated()).isEqualTo(10);
		assertThat(shown.waiting()).isEqualTo(90);
		assertThat(shown.placesLeft()).isZero();
	}

	@Test
	void aCancelledPlaceGoesToTheFirstOnTheWaitingListAndSigningUpTwiceChangesNothing() {
		UUID event = newEvent(1);
		List<Account> people = accounts(3, Role.SEEKER);

		assertThat(this.events.signUp(people.get(0), event)).isEqualTo(SignupStatus.SEATED);
		assertThat(this.events.signUp(people.get(1), event)).isEqualTo(SignupStatus.WAITING);
		assertThat(this.events.signUp(people.get(2), event)).isEqualTo(SignupStatus.WAITING);
		assertThat(this.events.signUp(people.get(0), event)).isEqualTo(SignupStatus.SEATED);

		this.events.cancel(people.get(0).id(), event);

		assertThat(this.events.signupOf(people.get(0).id(), event)).isEmpty();
		assertThat(this.events.signupOf(people.get(1).id(), event)).map(Signup::status).contains(SignupStatus.SEATED);
		assertThat(this.events.signupOf(people.get(2).id(), event)).hasValueSatisfying((signup) -> {
			assertThat(signup.status()).isEqualTo(SignupStatus.WAITING);
			assertThat(signup.waitingPosition()).isEqualTo(1);
		});
		assertThat(this.signups.seated(event)).isEqualTo(1);
	}

	@Test
	void seekersAndApprovedMentorsMaySignUpOthersAreTold404() {
		UUID event = newEvent(5);
		Account employer = accounts(1, Role.EMPLOYER).get(0);
		Account coach = accounts(1, Role.COACH).get(0);

		assertThatThrownBy(() -> this.events.signUp(employer, event)).isInstanceOf(MentoringNotFound.class);
		assertThatThrownBy(() -> this.events.signUp(coach, event)).isInstanceOf(MentoringNotFound.class);

		this.jdbc.sql("""
				insert into mentors_mentor (account_id, occupations, languages, place_name, hours_per_month, about,
					status, registered_at)
				values (:id, '', 'en', 'Narvik', 2, '', 'APPROVED', now())
				""").param("id", employer.id().value()).update();
		assertThat(this.events.signUp(employer, event)).isEqualTo(SignupStatus.SEATED);
	}

	@Test
	void signUpsAreThoseOfTheSharedMachineryAndLeaveWithTheAccount() {
		UUID event = newEvent(1);
		List<Account> people = accounts(2, Role.SEEKER);
		this.events.signUp(people.get(0), event);
		this.events.signUp(people.get(1), event);

		assertThat(this.signups.of(event)).extracting((signup) -> signup.person().id())
			.containsExactly(people.get(0).id(), people.get(1).id());

		this.events.erase(people.get(0).id());
		assertThat(this.signups.of(event)).singleElement().satisfies((signup) -> assertThat(signup.seated()).isTrue());
	}

	@Test
	void theFirstWaitingIsToldByMailInTheLanguageTheyUseWhenAPlaceFrees(@Autowired GreenMail greenMail,
			@Autowired PreferredLanguages languages) throws Exception {
		UUID event = newEvent(1);
		String domain = "mentoring-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Account anna = account("anna@" + domain, Role.SEEKER);
		Account bo = account("bo@" + domain, Role.SEEKER);
		languages.keep(bo.id(), Locale.forLanguageTag("sv"));
		this.events.signUp(anna, event);
		this.events.signUp(bo, event);

		this.events.cancel(anna.id(), event);

		await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessagesForDomain(domain).length == 1);
		MimeMessage told = greenMail.getReceivedMessagesForDomain(domain)[0];
		assertThat(told.getAllRecipients()[0].toString()).isEqualTo(bo.email());
		assertThat(told.getSubject()).isEqualTo("Du har fått en plats: New in Norway café");
		assertThat(String.valueOf(told.getContent())).contains("Narvik library").contains("/mentoring/events");
	}

	@Test
	void exportShowsEachSignUpOnceUnderTheFeatureWhoseEventItIs(@Autowired AccountService accounts) {
		UUID event = newEvent(3);
		Account seeker = accounts(1, Role.SEEKER).get(0);
		UUID trip = UUID.randomUUID();
		Instant start = Instant.now().plus(Duration.ofDays(10));
		this.signups.open(trip, "trips",
				new EventTerms(3, start, Instant.now().minus(Duration.ofHours(1)), start.minus(Duration.ofDays(1))));
		this.jdbc.sql("""
				insert into trips_trip (id, title, destination_place_id, starts_at, ends_at, time_zone, eligibility,
					language, created_at)
				values (:id, 'Kiruna mine', 'place:SE:2584', :start, :end, 'Europe/Stockholm', 'ANYONE_SIGNED_IN', 'sv',
					now())
				""")
			.param("id", trip)
			.param("start", start.atOffset(ZoneOffset.UTC))
			.param("end", start.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
			.update();
		this.events.signUp(seeker, event);
		this.signups.signUp(trip, seeker, "vegetarian", "");

		Map<String, Object> export = accounts.export(seeker.id());

		assertThat(section(export, "mentoring").get("eventSignUps")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.satisfies((entry) -> assertThat((Map<Object, Object>) entry).containsEntry("event", "New in Norway café")
				.containsEntry("status", "SEATED"));
		assertThat(section(export, "trips").get("signups")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.satisfies((entry) -> assertThat((Map<Object, Object>) entry).containsEntry("trip", "Kiruna mine")
				.containsEntry("needs", "vegetarian"));
	}

	private static Map<?, ?> section(Map<String, Object> export, String name) {
		assertThat(export).containsKey(name);
		return (Map<?, ?>) export.get(name);
	}

	private UUID newEvent(int capacity) {
		AccountId coordinator = accounts(1, Role.COACH).get(0).id();
		return this.events.create(coordinator, new NewEvent(EventKind.MEETING_PLACE, "New in Norway café",
				"Coffee and questions.", "Narvik library", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), capacity));
	}

	/**
	 * Accounts straight into the real table; a password hash is not needed to sign up.
	 */
	private List<Account> accounts(int how, Role role) {
		List<Account> made = new ArrayList<>();
		for (int i = 0; i < how; i++) {
			made.add(account(UUID.randomUUID() + "@events.example.no", role));
		}
		return made;
	}

	private Account account(String email, Role role) {
		UUID id = UUID.randomUUID();
		Account account = new Account(new AccountId(id), email, "Person " + email.substring(0, email.indexOf('@')),
				"not-a-hash", role, Instant.now());
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, role, created_at)
				values (:id, :email, :name, 'not-a-hash', :role, now())
				""")
			.param("id", id)
			.param("email", account.email())
			.param("name", account.displayName())
			.param("role", role.name())
			.update();
		return account;
	}

}
