package io.arcticmatch.web.trips;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.coaching.CoachingService;
import io.arcticmatch.web.coaching.GroupDetails;
import io.arcticmatch.web.coaching.GroupId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Seats and the waiting list on the real PostgreSQL.
 */
@WebAppTest
class TripSignupsTest {

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

	private TripFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
	}

	@Test
	void fiveHundredSimultaneousSignUpsForTwentySeatsSeatTwentyAndQueueTheRestInArrivalOrder() throws Exception {
		String domain = TripFixtures.domain();
		Account coach = this.fixtures.person(Role.COACH, "coach@" + domain);
		var trip = this.fixtures.trip(coach, TripFixtures.details("Kiruna rush", 20, TripFixtures.inDays(10)));
		List<Account> seekers = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			seekers.add(this.fixtures.bulkSeeker("s" + i + "@" + domain));
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(32, Thread.ofPlatform().name("trips-signup-", 0).factory());
		List<Future<Signup>> results = new ArrayList<>();
		try {
			for (Account seeker : seekers) {
				results.add(pool.submit(() -> {
					start.await();
					return this.signups.signUp(trip, seeker, "", "");
				}));
			}
			long began = System.nanoTime();
			start.countDown();
			List<Signup> answered = new ArrayList<>();
			for (Future<Signup> result : results) {
				answered.add(result.get(2, TimeUnit.MINUTES));
			}
			long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
			System.out.println("500 simultaneous sign-ups took %d ms".formatted(millis));

			assertThat(answered).filteredOn(Signup::seated).hasSize(20);
			assertThat(answered).filteredOn((signup) -> !signup.seated()).hasSize(480);
		}
		finally {
			pool.shutdownNow();
		}

		List<Signup> all = this.signups.of(trip);
		List<Signup> seated = all.stream().filter(Signup::seated).toList();
		List<Signup> waiting = all.stream().filter((signup) -> !signup.seated()).toList();
		assertThat(seated).hasSize(20);
		assertThat(waiting).hasSize(480);
		assertThat(this.jdbc.sql("select count(*) from events_signup where event_id = :trip and status = 'SEATED'")
			.param("trip", trip)
			.query(Integer.class)
			.single()).isEqualTo(20);
		// the seated are the first twenty to arrive; the waiting list is numbered 1..480
		// by arrival
		long lastSeated = seated.stream().mapToLong(Signup::arrival).max().orElseThrow();
		assertThat(waiting).allSatisfy((signup) -> assertThat(signup.arrival()).isGreaterThan(lastSeated));
		List<Long> arrivals = waiting.stream().map(Signup::arrival).toList();
		List<Long> sorted = new ArrayList<>(arrivals);
		Collections.sort(sorted);
		assertThat(arrivals).isEqualTo(sorted);
		assertThat(waiting.stream().map(Signup::waitingPosition).toList())
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, 480).boxed().toList());

		Signup leaving = seated.get(7);
		Signup first = waiting.get(0);
		assertThat(this.signups.cancel(trip, leaving.seeker().id())).isTrue();

		List<Signup> after = this.signups.of(trip);
		assertThat(after).filteredOn(Signup::seated).hasSize(20);
		assertThat(after).filteredOn((signup) -> !signup.seated()).hasSize(479);
		assertThat(this.signups.find(trip, first.seeker().id())).hasValueSatisfying((signup) -> {
			assertThat(signup.seated()).isTrue();
		});
		assertThat(this.signups.find(trip, waiting.get(1).seeker().id()))
			.hasValueSatisfying((signup) -> assertThat(signup.waitingPosition()).isEqualTo(1));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.greenMail.getReceivedMessagesForDomain(domain).length == 1);
		MimeMessage told = this.greenMail.getReceivedMessagesForDomain(domain)[0];
		assertThat(told.getAllRecipients()[0].toString()).isEqualTo(first.seeker().email());
		assertThat(told.getSubject()).contains("Kiruna rush");
	}

	@Test
	void signUpBeyondCapacityGoesToWaitingListAndCancellingAWaitingPlaceSeatsNobody() {
		String domain = TripFixtures.domain();
		Account coach = this.fixtures.person(Role.COACH, "coach@" + domain);
		var trip = this.fixtures.trip(coach, TripFixtures.details("Tromsø", 1, TripFixtures.inDays(10)));
		Account anna = this.fixtures.bulkSeeker("anna@" + domain);
		Account bo = this.fixtures.bulkSeeker("bo@" + domain);
		Account cai = this.fixtures.bulkSeeker("cai@" + domain);

		assertThat(this.signups.signUp(trip, anna, "vegetarian", "").seated()).isTrue();
		Signup boSignup = this.signups.signUp(trip, bo, "", "I want to work in Tromsø");
		assertThat(boSignup.seated()).isFalse();
		assertThat(boSignup.waitingPosition()).isEqualTo(1);
		assertThat(this.signups.signUp(trip, cai, "", "").waitingPosition()).isEqualTo(2);

		this.signups.cancel(trip, bo.id());
		assertThat(this.signups.find(trip, cai.id())).hasValueSatisfying((signup) -> {
			assertThat(signup.seated()).isFalse();
			assertThat(signup.waitingPosition()).isEqualTo(1);
		});
		assertThat(this.signups.seated(trip)).isEqualTo(1);
	}

	@Test
	void signingUpTwiceIsRefused() {
		String domain = TripFixtures.domain();
		var trip = this.fixtures.trip(this.fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("Twice", 5, TripFixtures.inDays(10)));
		Account anna = this.fixtures.bulkSeeker("anna@" + domain);
		this.signups.signUp(trip, anna, "", "");

		assertThatThrownBy(() -> this.signups.signUp(trip, anna, "", "")).isInstanceOf(TripRefusal.class)
			.hasMessage("trips.error.alreadySignedUp");
	}

	@Test
	void signUpClosesAtTheDeadline() {
		String domain = TripFixtures.domain();
		Instant start = TripFixtures.inDays(3);
		TripDetails open = TripFixtures.details("Closed", 5, start);
		TripDetails closed = new TripDetails(open.title(), open.description(), open.destinationPlaceId(),
				open.startsAt(), open.endsAt(), open.timeZone(), open.seats(), Instant.now().minus(Duration.ofDays(2)),
				Instant.now().minus(Duration.ofMinutes(1)), open.eligibility(), open.allowedEmails(), null,
				open.meetingPoint(), open.language());
		var trip = this.fixtures.trip(this.fixtures.person(Role.COACH, "coach@" + domain), closed);

		assertThatThrownBy(() -> this.signups.signUp(trip, this.fixtures.bulkSeeker("late@" + domain), "", ""))
			.isInstanceOf(TripRefusal.class)
			.hasMessage("trips.error.closed");
	}

	@Test
	void aListedTripIsOnlyForTheListedSeekers() {
		String domain = TripFixtures.domain();
		TripDetails open = TripFixtures.details("Listed", 5, TripFixtures.inDays(10));
		TripDetails listed = new TripDetails(open.title(), open.description(), open.destinationPlaceId(),
				open.startsAt(), open.endsAt(), open.timeZone(), open.seats(), open.signupOpensAt(),
				open.signupClosesAt(), Eligibility.LISTED, List.of("in@" + domain), "group-17", open.meetingPoint(),
				open.language());
		var trip = this.fixtures.trip(this.fixtures.person(Role.COACH, "coach@" + domain), listed);
		Account in = this.fixtures.bulkSeeker("in@" + domain);
		Account out = this.fixtures.bulkSeeker("out@" + domain);

		assertThat(this.signups.signUp(trip, in, "", "").seated()).isTrue();
		assertThatThrownBy(() -> this.signups.signUp(trip, out, "", "")).isInstanceOf(TripNotFound.class);
		assertThat(this.trips.openTo(out)).extracting(Trip::id).doesNotContain(trip);
		assertThat(this.trips.openTo(in)).extracting(Trip::id).contains(trip);
	}

	@Test
	void aTripForACoachingGroupIsOnlyForItsMembers(@Autowired CoachingService coaching) {
		String domain = TripFixtures.domain();
		Account coach = this.fixtures.person(Role.COACH, "coach@" + domain);
		GroupId group = coaching.create(coach, new GroupDetails("Narvik–Kiruna", "Mining jobs", List.of("sv"),
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), List.of(Country.SE)));
		Account member = this.fixtures.bulkSeeker("member@" + domain);
		Account outsider = this.fixtures.bulkSeeker("outsider@" + domain);
		coaching.addMember(coach, group, member.email());
		TripDetails open = TripFixtures.details("For the group", 5, TripFixtures.inDays(10));
		TripDetails forGroup = new TripDetails(open.title(), open.description(), open.destinationPlaceId(),
				open.startsAt(), open.endsAt(), open.timeZone(), open.seats(), open.signupOpensAt(),
				open.signupClosesAt(), Eligibility.GROUP_MEMBERS, List.of(), group.value().toString(),
				open.meetingPoint(), open.language());
		var trip = this.fixtures.trip(coach, forGroup);

		assertThat(this.signups.signUp(trip, member, "", "").seated()).isTrue();
		assertThatThrownBy(() -> this.signups.signUp(trip, outsider, "", "")).isInstanceOf(TripNotFound.class);
		assertThat(this.trips.openTo(outsider)).extracting(Trip::id).doesNotContain(trip);
	}

	@Test
	void theOrganiserSeatsByHandOnlyIntoAFreeSeatAndRemovingSomeoneSeatsTheNext() {
		String domain = TripFixtures.domain();
		var trip = this.fixtures.trip(this.fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("By hand", 1, TripFixtures.inDays(10)));
		Account anna = this.fixtures.bulkSeeker("anna@" + domain);
		Account bo = this.fixtures.bulkSeeker("bo@" + domain);
		Account cai = this.fixtures.bulkSeeker("cai@" + domain);
		Signup annas = this.signups.signUp(trip, anna, "", "");
		this.signups.signUp(trip, bo, "", "");
		Signup cais = this.signups.signUp(trip, cai, "", "");

		assertThatThrownBy(() -> this.signups.seat(trip, cais.arrival())).isInstanceOf(TripRefusal.class)
			.hasMessage("trips.error.noFreeSeat");

		this.signups.remove(trip, annas.arrival());
		assertThat(this.signups.find(trip, bo.id())).hasValueSatisfying((s) -> assertThat(s.seated()).isTrue());
		assertThat(this.signups.find(trip, anna.id())).isEmpty();

		this.trips.update(trip, withSeats(this.trips.find(trip).orElseThrow().details(), 2));
		this.signups.seat(trip, cais.arrival());
		assertThat(this.signups.seated(trip)).isEqualTo(2);
		assertThatThrownBy(() -> this.trips.update(trip, withSeats(this.trips.find(trip).orElseThrow().details(), 1)))
			.isInstanceOf(TripRefusal.class)
			.hasMessage("trips.error.seatsBelowSeated");
	}

	@Test
	void theDatabaseRefusesMoreSeatedThanSeatsWhateverTheCode() {
		String domain = TripFixtures.domain();
		var trip = this.fixtures.trip(this.fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("Trigger", 1, TripFixtures.inDays(10)));
		this.signups.signUp(trip, this.fixtures.bulkSeeker("anna@" + domain), "", "");
		Signup bo = this.signups.signUp(trip, this.fixtures.bulkSeeker("bo@" + domain), "", "");

		assertThatThrownBy(() -> this.jdbc.sql("update events_signup set status = 'SEATED' where arrival = :arrival")
			.param("arrival", bo.arrival())
			.update()).hasMessageContaining("seated for 1 seats");
	}

	@Test
	void deletingASeatedAccountGivesTheSeatToTheFirstOnTheWaitingListAndExportsSignUps() {
		String domain = TripFixtures.domain();
		var trip = this.fixtures.trip(this.fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("Erase", 1, TripFixtures.inDays(10)));
		Account anna = this.fixtures.bulkSeeker("anna@" + domain);
		Account bo = this.fixtures.bulkSeeker("bo@" + domain);
		this.signups.signUp(trip, anna, "nut allergy", "");
		this.signups.signUp(trip, bo, "", "");
		assertThat(this.accounts.export(anna.id())).containsKey("trips");

		assertThat(this.accounts.delete(anna.id())).isTrue();

		assertThat(this.signups.find(trip, bo.id())).hasValueSatisfying((s) -> assertThat(s.seated()).isTrue());
		assertThat(this.signups.of(trip)).hasSize(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.greenMail.getReceivedMessagesForDomain(domain).length == 1);
	}

	private static TripDetails withSeats(TripDetails details, int seats) {
		return new TripDetails(details.title(), details.description(), details.destinationPlaceId(), details.startsAt(),
				details.endsAt(), details.timeZone(), seats, details.signupOpensAt(), details.signupClosesAt(),
				details.eligibility(), details.allowedEmails(), details.coachingGroupRef(), details.meetingPoint(),
				details.language());
	}

}
