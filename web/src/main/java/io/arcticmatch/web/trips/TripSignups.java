package io.arcticmatch.web.trips;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seats people and keeps the waiting list. Every change of who is seated first locks the
 * trip's row ({@link Trips#lock}), then counts and writes: simultaneous sign-ups take
 * turns there, so the count they read is true and a trip never has more seated than
 * seats; a trigger in the database refuses it anyway. Arrival order is the sign-up row's
 * identity, drawn under the same lock. People who get a seat from the waiting list are
 * told by mail once the change is committed.
 */
@Service
class TripSignups {

	private static final String COLUMNS = """
			s.arrival, s.trip_id, s.status, s.needs, s.motivation, s.signed_up_at, s.attendance,
			a.id, a.email, a.display_name,
			case when s.status = 'WAITING' then (select count(*) from trips_signup w
				where w.trip_id = s.trip_id and w.status = 'WAITING' and w.arrival <= s.arrival) else 0 end as position
			""";

	private final JdbcClient jdbc;

	private final Trips trips;

	private final TripMail mail;

	private final Clock clock;

	TripSignups(JdbcClient jdbc, Trips trips, TripMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.trips = trips;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Signs a seeker up: seated if a seat is free, else on the waiting list.
	 * @throws TripNotFound when the seeker may not join the trip
	 * @throws TripRefusal when sign-up is not open or they are signed up already
	 */
	@Transactional
	Signup signUp(UUID tripId, Account seeker, String needs, String motivation) {
		Trip trip = this.trips.lock(tripId);
		if (!this.trips.mayJoin(trip, seeker)) {
			throw new TripNotFound();
		}
		Instant now = this.clock.instant();
		if (!trip.signupOpenAt(now)) {
			throw new TripRefusal(
					now.isBefore(trip.details().signupOpensAt()) ? "trips.error.notYetOpen" : "trips.error.closed");
		}
		if (find(tripId, seeker.id()).isPresent()) {
			throw new TripRefusal("trips.error.alreadySignedUp");
		}
		boolean seat = seated(tripId) < trip.seats();
		this.jdbc.sql("""
				insert into trips_signup (trip_id, seeker_id, status, needs, motivation, signed_up_at, seated_at)
				values (:trip, :seeker, :status, :needs, :motivation, :now, :seatedAt)
				""")
			.param("trip", tripId)
			.param("seeker", seeker.id().value())
			.param("status", (seat ? SignupStatus.SEATED : SignupStatus.WAITING).name())
			.param("needs", needs)
			.param("motivation", motivation)
			.param("now", Trips.utc(now))
			.param("seatedAt", seat ? Trips.utc(now) : null)
			.update();
		return find(tripId, seeker.id()).orElseThrow();
	}

	/**
	 * The seeker leaves the trip; a seat they free goes to the first on the waiting list.
	 * @return whether they were signed up
	 */
	@Transactional
	boolean cancel(UUID tripId, AccountId seeker) {
		Trip trip = this.trips.lock(tripId);
		int removed = this.jdbc.sql("delete from trips_signup where trip_id = :trip and seeker_id = :seeker")
			.param("trip", tripId)
			.param("seeker", seeker.value())
			.update();
		fillFreeSeats(trip);
		return removed > 0;
	}

	/**
	 * The organiser takes someone off the trip; a seat they free goes to the first on the
	 * waiting list.
	 */
	@Transactional
	void remove(UUID tripId, long arrival) {
		Trip trip = this.trips.lock(tripId);
		this.jdbc.sql("delete from trips_signup where trip_id = :trip and arrival = :arrival")
			.param("trip", tripId)
			.param("arrival", arrival)
			.update();
		fillFreeSeats(trip);
	}

	/**
	 * The organiser seats someone from the waiting list out of turn, if a seat is free.
	 * @throws TripRefusal when every seat is taken
	 */
	@Transactional
	void seat(UUID tripId, long arrival) {
		Trip trip = this.trips.lock(tripId);
		if (seated(tripId) >= trip.seats()) {
			throw new TripRefusal("trips.error.noFreeSeat");
		}
		List<Person> seated = this.jdbc.sql("""
				update trips_signup s set status = 'SEATED', seated_at = :now from account a
				where s.trip_id = :trip and s.arrival = :arrival and s.status = 'WAITING' and a.id = s.seeker_id
				returning a.id, a.email, a.display_name
				""")
			.param("trip", tripId)
			.param("arrival", arrival)
			.param("now", Trips.utc(this.clock.instant()))
			.query(Trips::toPerson)
			.list();
		tellAfterCommit(trip, seated);
	}

	/**
	 * Seats people from the waiting list, first come first, while seats are free and the
	 * trip has not started. Call with the trip's row locked.
	 */
	void fillFreeSeats(Trip trip) {
		Instant now = this.clock.instant();
		if (!now.isBefore(trip.details().startsAt())) {
			return;
		}
		int free = trip.seats() - seated(trip.id());
		if (free <= 0) {
			return;
		}
		List<Person> promoted = this.jdbc.sql("""
				update trips_signup s set status = 'SEATED', seated_at = :now from account a
				where a.id = s.seeker_id and s.arrival in (select w.arrival from trips_signup w
					where w.trip_id = :trip and w.status = 'WAITING' order by w.arrival limit :free)
				returning a.id, a.email, a.display_name
				""")
			.param("trip", trip.id())
			.param("free", free)
			.param("now", Trips.utc(now))
			.query(Trips::toPerson)
			.list();
		tellAfterCommit(trip, promoted);
	}

	/**
	 * Raises the seats of a trip from its waiting list after the organiser changed it.
	 */
	@Transactional
	void fillFreeSeats(UUID tripId) {
		fillFreeSeats(this.trips.lock(tripId));
	}

	@Transactional
	void markAttendance(UUID tripId, long arrival, Attendance attendance) {
		this.jdbc.sql("""
				update trips_signup set attendance = :attendance
				where trip_id = :trip and arrival = :arrival and status = 'SEATED'
				""").param("attendance", attendance.name()).param("trip", tripId).param("arrival", arrival).update();
	}

	Optional<Signup> find(UUID trip, AccountId seeker) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from trips_signup s join account a on a.id = s.seeker_id
				where s.trip_id = :trip and s.seeker_id = :seeker
				""").param("trip", trip).param("seeker", seeker.value()).query(TripSignups::toSignup).optional();
	}

	/**
	 * @return the trip's sign-ups: the seated in arrival order, then the waiting list
	 */
	List<Signup> of(UUID trip) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from trips_signup s join account a on a.id = s.seeker_id
				where s.trip_id = :trip order by s.status, s.arrival
				""").param("trip", trip).query(TripSignups::toSignup).list();
	}

	List<Signup> ofSeeker(AccountId seeker) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from trips_signup s join account a on a.id = s.seeker_id
				where s.seeker_id = :seeker order by s.arrival
				""").param("seeker", seeker.value()).query(TripSignups::toSignup).list();
	}

	int seated(UUID trip) {
		return this.jdbc.sql("select count(*) from trips_signup where trip_id = :trip and status = 'SEATED'")
			.param("trip", trip)
			.query(Integer.class)
			.single();
	}

	private void tellAfterCommit(Trip trip, List<Person> seated) {
		if (seated.isEmpty()) {
			return;
		}
		List<Person> people = new ArrayList<>(seated);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			people.forEach((person) -> this.mail.seatFromWaitingList(trip, person));
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				people.forEach((person) -> TripSignups.this.mail.seatFromWaitingList(trip, person));
			}
		});
	}

	private static Signup toSignup(ResultSet row, int n) throws SQLException {
		String attendance = row.getString("attendance");
		return new Signup(row.getLong("arrival"), row.getObject("trip_id", UUID.class), Trips.toPerson(row, n),
				SignupStatus.valueOf(row.getString("status")), row.getInt("position"), row.getString("needs"),
				row.getString("motivation"), Trips.instant(row, "signed_up_at"),
				(attendance != null) ? Attendance.valueOf(attendance) : null);
	}

}
