package io.arcticmatch.web.trips;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.coaching.CoachingService;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.events.EventSignups;
import io.arcticmatch.web.events.EventTerms;
import io.arcticmatch.web.events.SignupRefused;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps trips, their programmes and hosts, and answers who may see which trip: its
 * organiser and administrators edit it, eligible seekers see it, its hosts see it. Anyone
 * else is told there is no such trip.
 */
@Service
class Trips {

	static final String COLUMNS = """
			t.id, t.title, t.description, t.destination_place_id, t.starts_at, t.ends_at, t.time_zone,
			e.capacity as seats, e.signup_opens_at, e.signup_closes_at, t.eligibility, t.coaching_group_ref,
			t.meeting_point, t.language,
			t.organiser_id, t.created_at,
			array(select a.email from trips_allowed_seeker a where a.trip_id = t.id order by a.email) as allowed
			""";

	/**
	 * A trip's seats and sign-up window are its event's: sign-ups are counted against
	 * those.
	 */
	static final String FROM = " from trips_trip t join events_event e on e.id = t.id";

	/** The name trips open their events under. */
	static final String EVENT_OWNER = "trips";

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Looked up when needed: coaching needs the account service, which needs this
	 * feature's personal data, which needs this class.
	 */
	private final ObjectProvider<CoachingService> coaching;

	private final EventSignups events;

	Trips(JdbcClient jdbc, Clock clock, ObjectProvider<CoachingService> coaching, EventSignups events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.coaching = coaching;
		this.events = events;
	}

	@Transactional
	UUID create(AccountId organiser, TripDetails details) {
		UUID id = UUID.randomUUID();
		this.events.open(id, EVENT_OWNER, terms(details));
		this.jdbc.sql("""
				insert into trips_trip (id, title, description, destination_place_id, starts_at, ends_at, time_zone,
					eligibility, coaching_group_ref, meeting_point, language, organiser_id, created_at)
				values (:id, :title, :description, :destination, :startsAt, :endsAt, :zone, :eligibility, :groupRef,
					:meetingPoint, :language, :organiser, :createdAt)
				""")
			.param("id", id)
			.params(detailParams(details))
			.param("organiser", organiser.value())
			.param("createdAt", utc(this.clock.instant()))
			.update();
		replaceAllowed(id, details.allowedEmails());
		return id;
	}

	/**
	 * Changes a trip. Fewer seats than are taken is refused: people who have a seat keep
	 * it.
	 */
	@Transactional
	void update(UUID id, TripDetails details) {
		lock(id);
		try {
			this.events.change(id, terms(details));
		}
		catch (SignupRefused refused) {
			throw TripSignups.refusal(refused);
		}
		this.jdbc.sql("""
				update trips_trip set title = :title, description = :description, destination_place_id = :destination,
					starts_at = :startsAt, ends_at = :endsAt, time_zone = :zone, eligibility = :eligibility,
					coaching_group_ref = :groupRef, meeting_point = :meetingPoint, language = :language,
					reminder_sent_at = case when starts_at = :startsAt then reminder_sent_at end
				where id = :id
				""").param("id", id).params(detailParams(details)).update();
		replaceAllowed(id, details.allowedEmails());
	}

	/**
	 * Locks the trip's row until the transaction ends, so that changes of one trip take
	 * turns. Seats are counted under the lock on the trip's event row, which the sign-up
	 * machinery takes.
	 * @throws TripNotFound when there is no such trip
	 */
	Trip lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where t.id = :id for update of t")
			.param("id", id)
			.query(Trips::toTrip)
			.optional()
			.orElseThrow(TripNotFound::new);
	}

	Optional<Trip> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where t.id = :id")
			.param("id", id)
			.query(Trips::toTrip)
			.optional();
	}

	/**
	 * @return the trip if the account organises it or is an administrator
	 * @throws TripNotFound otherwise
	 */
	Trip organisedBy(UUID id, Account account) {
		return find(id).filter((trip) -> mayOrganise(trip, account)).orElseThrow(TripNotFound::new);
	}

	/**
	 * @return all trips for an administrator, a coach's own trips for a coach; newest
	 * start first
	 */
	List<Trip> organisedBy(Account account) {
		if (account.role() == Role.ADMIN) {
			return this.jdbc.sql("select " + COLUMNS + FROM + " order by t.starts_at desc").query(Trips::toTrip).list();
		}
		return this.jdbc.sql("select " + COLUMNS + FROM + " where t.organiser_id = :account order by t.starts_at desc")
			.param("account", account.id().value())
			.query(Trips::toTrip)
			.list();
	}

	static boolean mayOrganise(Trip trip, Account account) {
		return account.role() == Role.ADMIN || (account.role() == Role.COACH && account.id().equals(trip.organiser()));
	}

	/**
	 * @return whether the seeker may sign up for the trip (whatever the dates)
	 */
	boolean mayJoin(Trip trip, Account seeker) {
		if (seeker.role() != Role.SEEKER) {
			return false;
		}
		return switch (trip.details().eligibility()) {
			case ANYONE_SIGNED_IN -> true;
			case LISTED -> trip.details().allowedEmails().contains(seeker.email().toLowerCase(Locale.ROOT));
			case GROUP_MEMBERS -> this.coaching.getObject()
				.groupsOfMember(seeker)
				.stream()
				.anyMatch((group) -> group.id().value().toString().equals(trip.details().coachingGroupRef()));
		};
	}

	/**
	 * @return trips that have not ended and the seeker may join, soonest first
	 */
	List<Trip> openTo(Account seeker) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where t.ends_at > :now order by t.starts_at")
			.param("now", utc(this.clock.instant()))
			.query(Trips::toTrip)
			.list()
			.stream()
			.filter((trip) -> mayJoin(trip, seeker))
			.toList();
	}

	/**
	 * @return trips the employer hosts, soonest first
	 */
	List<Trip> hostedBy(AccountId employer) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from trips_trip t join events_event e on e.id = t.id join trips_host h on h.trip_id = t.id
				where h.employer_id = :employer order by t.starts_at
				""").param("employer", employer.value()).query(Trips::toTrip).list();
	}

	/**
	 * @throws TripNotFound unless the employer hosts the trip
	 */
	Trip hostedBy(UUID id, AccountId employer) {
		return hostedBy(employer).stream()
			.filter((trip) -> trip.id().equals(id))
			.findFirst()
			.orElseThrow(TripNotFound::new);
	}

	List<AgendaItem> agenda(UUID trip) {
		return this.jdbc
			.sql("select id, starts_at, text from trips_agenda_item where trip_id = :trip order by starts_at, id")
			.param("trip", trip)
			.query((row, n) -> new AgendaItem(row.getLong("id"), instant(row, "starts_at"), row.getString("text")))
			.list();
	}

	@Transactional
	void addAgendaItem(UUID trip, Instant startsAt, String text) {
		this.jdbc.sql("insert into trips_agenda_item (trip_id, starts_at, text) values (:trip, :startsAt, :text)")
			.param("trip", trip)
			.param("startsAt", utc(startsAt))
			.param("text", text)
			.update();
	}

	@Transactional
	void removeAgendaItem(UUID trip, long item) {
		this.jdbc.sql("delete from trips_agenda_item where trip_id = :trip and id = :item")
			.param("trip", trip)
			.param("item", item)
			.update();
	}

	List<Person> hosts(UUID trip) {
		return this.jdbc.sql("""
				select a.id, a.email, a.display_name from trips_host h join account a on a.id = h.employer_id
				where h.trip_id = :trip order by lower(a.display_name), a.email
				""").param("trip", trip).query(Trips::toPerson).list();
	}

	@Transactional
	void addHost(UUID trip, AccountId employer) {
		this.jdbc.sql("insert into trips_host (trip_id, employer_id) values (:trip, :employer) on conflict do nothing")
			.param("trip", trip)
			.param("employer", employer.value())
			.update();
	}

	@Transactional
	void removeHost(UUID trip, AccountId employer) {
		this.jdbc.sql("delete from trips_host where trip_id = :trip and employer_id = :employer")
			.param("trip", trip)
			.param("employer", employer.value())
			.update();
	}

	private void replaceAllowed(UUID trip, List<String> emails) {
		this.jdbc.sql("delete from trips_allowed_seeker where trip_id = :trip").param("trip", trip).update();
		for (String email : emails) {
			this.jdbc
				.sql("insert into trips_allowed_seeker (trip_id, email) values (:trip, :email) on conflict do nothing")
				.param("trip", trip)
				.param("email", email)
				.update();
		}
	}

	private static java.util.Map<String, @Nullable Object> detailParams(TripDetails details) {
		java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("title", details.title());
		params.put("description", details.description());
		params.put("destination", details.destinationPlaceId());
		params.put("startsAt", utc(details.startsAt()));
		params.put("endsAt", utc(details.endsAt()));
		params.put("zone", details.timeZone().getId());
		params.put("eligibility", details.eligibility().name());
		params.put("groupRef", details.coachingGroupRef());
		params.put("meetingPoint", details.meetingPoint());
		params.put("language", details.language());
		return params;
	}

	/**
	 * The trip's start is kept with the trip as well, for its lists and reminders; both
	 * copies are written in the same transaction.
	 */
	private static EventTerms terms(TripDetails details) {
		return new EventTerms(details.seats(), details.startsAt(), details.signupOpensAt(), details.signupClosesAt());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getTimestamp(column).toInstant();
	}

	static Person toPerson(ResultSet row, int n) throws SQLException {
		return new Person(new AccountId(row.getObject("id", UUID.class)), row.getString("email"),
				row.getString("display_name"));
	}

	static Trip toTrip(ResultSet row, int n) throws SQLException {
		Array allowed = row.getArray("allowed");
		List<String> emails = Arrays.stream((Object[]) allowed.getArray()).map(String::valueOf).toList();
		UUID organiser = row.getObject("organiser_id", UUID.class);
		TripDetails details = new TripDetails(row.getString("title"), row.getString("description"),
				row.getString("destination_place_id"), instant(row, "starts_at"), instant(row, "ends_at"),
				ZoneId.of(row.getString("time_zone")), row.getInt("seats"), instant(row, "signup_opens_at"),
				instant(row, "signup_closes_at"), Eligibility.valueOf(row.getString("eligibility")), emails,
				row.getString("coaching_group_ref"), row.getString("meeting_point"), row.getString("language"));
		return new Trip(row.getObject("id", UUID.class), details, (organiser != null) ? new AccountId(organiser) : null,
				instant(row, "created_at"));
	}

}
