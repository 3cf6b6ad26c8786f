package io.arcticmatch.web.mentors;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.mentors.Values.NewEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's capacity holds in the database transaction, also when many sign up at once.
 */
@WebAppTest
class EventCapacityTest {

	@Autowired
	private MentorEvents events;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aHundredConcurrentSignUpsForTenPlacesGiveTenPlacesAndNinetyOnTheWaitingList() throws Exception {
		UUID event = newEvent(10);
		List<AccountId> people = accounts(100);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SignUpStatus>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(100,
				Thread.ofPlatform().name("signup-", 0).factory())) {
			for (AccountId person : people) {
				Callable<SignUpStatus> signUp = () -> {
					start.await();
					return this.events.signUp(person, event);
				};
				results.add(pool.submit(signUp));
			}
			start.countDown();
			List<SignUpStatus> statuses = new ArrayList<>();
			for (Future<SignUpStatus> result : results) {
				statuses.add(result.get());
			}

			Map<SignUpStatus, Long> answered = statuses.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(answered).containsEntry(SignUpStatus.CONFIRMED, 10L).containsEntry(SignUpStatus.WAITING, 90L);
		}
		assertThat(count(event, "CONFIRMED")).isEqualTo(10);
		assertThat(count(event, "WAITING")).isEqualTo(90);
	}

	@Test
	void aCancelledPlaceGoesToTheFirstOnTheWaitingListAndSigningUpTwiceChangesNothing() {
		UUID event = newEvent(1);
		List<AccountId> people = accounts(3);

		assertThat(this.events.signUp(people.get(0), event)).isEqualTo(SignUpStatus.CONFIRMED);
		assertThat(this.events.signUp(people.get(1), event)).isEqualTo(SignUpStatus.WAITING);
		assertThat(this.events.signUp(people.get(2), event)).isEqualTo(SignUpStatus.WAITING);
		assertThat(this.events.signUp(people.get(0), event)).isEqualTo(SignUpStatus.CONFIRMED);

		this.events.cancel(people.get(0), event);

		assertThat(this.events.statusOf(people.get(0), event)).isEmpty();
		assertThat(this.events.statusOf(people.get(1), event)).contains(SignUpStatus.CONFIRMED);
		assertThat(this.events.statusOf(people.get(2), event)).contains(SignUpStatus.WAITING);
		assertThat(count(event, "CONFIRMED")).isEqualTo(1);
	}

	private UUID newEvent(int capacity) {
		AccountId coordinator = accounts(1).get(0);
		return this.events.create(coordinator, new NewEvent(EventKind.MEETING_PLACE, "New in Norway café",
				"Coffee and questions.", "Narvik library", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), capacity));
	}

	/**
	 * Accounts straight into the real table; a password hash is not needed to sign up.
	 */
	private List<AccountId> accounts(int how) {
		List<AccountId> ids = new ArrayList<>();
		for (int i = 0; i < how; i++) {
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into account (id, email, display_name, password_hash, role, created_at)
					values (:id, :email, :name, 'not-a-hash', 'SEEKER', now())
					""")
				.param("id", id)
				.param("email", id + "@events.example.no")
				.param("name", "Person " + i)
				.update();
			ids.add(new AccountId(id));
		}
		return ids;
	}

	private long count(UUID event, String status) {
		return this.jdbc.sql("select count(*) from mentors_event_signup where event_id = :event and status = :status")
			.param("event", event)
			.param("status", status)
			.query(Long.class)
			.single();
	}

}
