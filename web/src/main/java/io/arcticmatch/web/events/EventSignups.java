package io.arcticmatch.web.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.events.SignupRefused.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seats people and keeps the waiting list, for every owner's events. Every change of who
 * is seated first locks the event's row, then counts and writes: simultaneous sign-ups
 * take turns there, so the count they read is true and an event never has more seated
 * than seats; a trigger in the database refuses it anyway. Arrival order is the sign-up
 * row's identity, drawn under the same lock. People who get a seat from the waiting list
 * are told by the event's owner once the change is committed.
 */
@Service
public class EventSignups {

	private static final Logger log = LoggerFactory.getLogger(EventSignups.class);

	private static final String EVENT_COLUMNS = """
			e.id, e.owner, e.capacity, e.starts_at, e.signup_opens_at, e.signup_closes_at,
			(select count(*) from events_signup s where s.event_id = e.id and s.status = 'SEATED') as seated,
			(select count(*) from events_signup s where s.event_id = e.id and s.status = 'WAITING') as waiting
			""";

	private static final String SIGNUP_COLUMNS = """
			s.arrival, s.event_id, s.status, s.needs, s.motivation, s.signed_up_at, s.attendance,
			a.id, a.email, a.display_name,
			case when s.status = 'WAITING' then (select count(*) from events_signup w
				where w.event_id = s.event_id and w.status = 'WAITING' and w.arrival <= s.arrival) else 0 end as position
			""";

	private final JdbcClient jdbc;

	/**
	 * Looked up when needed: owners need their own services, some of which need this one.
	 */
	private final ObjectProvider<EventOwner> owners;

	private final Clock clock;

	EventSignups(JdbcClient jdbc, ObjectProvider<EventOwner> owners, Clock clock) {
		this.jdbc = jdbc;
		this.owners = owners;
		this.clock = clock;
	}

	/**
	 * Opens an event for sign-up. The owner keeps its details under the same id.
	 */
	@Transactional
	public void open(UUID id, String owner, EventTerms terms) {
		this.jdbc.sql("""
				insert into events_event (id, owner, capacity, starts_at, signup_opens_at, signup_closes_at, created_at)
				values (:id, :owner, :capacity, :startsAt, :opens, :closes, :now)
				""")
			.param("id", id)
			.param("owner", owner)
			.params(termParams(terms))
			.param("now", utc(this.clock.instant()))
			.update();
	}

	/**
	 * Changes an event's capacity and dates. Fewer seats than are taken is refused:
	 * people who have a seat keep it. Nobody is seated from the waiting list by this;
	 * {@link #fillFreeSeats(UUID)} does that.
	 * @throws SignupRefused with {@link Reason#CAPACITY_BELOW_SEATED}
	 */
	@Transactional
	public void change(UUID id, EventTerms terms) {
		lock(id);
		if (terms.capacity() < seated(id)) {
			throw new SignupRefused(Reason.CAPACITY_BELOW_SEATED);
		}
		this.jdbc.sql("""
				update events_event set capacity = :capacity, starts_at = :startsAt, signup_opens_at = :opens,
					signup_closes_at = :closes
				where id = :id
				""").param("id", id).params(termParams(terms)).update();
	}

	public Optional<Event> find(UUID id) {
		return this.jdbc.sql("select " + EVENT_COLUMNS + " from events_event e where e.id = :id")
			.param("id", id)
			.query(EventSignups::toEvent)
			.optional();
	}

	/**
	 * @return the owner's events that have not started, soonest first
	 */
	public List<Event> upcoming(String owner) {
		return this.jdbc.sql("select " + EVENT_COLUMNS + """
				 from events_event e where e.owner = :owner and e.starts_at > :now order by e.starts_at, e.id
				""").param("owner", owner).param("now", utc(this.clock.instant())).query(EventSignups::toEvent).list();
	}

	/**
	 * @return all the owner's events, soonest first
	 */
	public List<Event> all(String owner) {
		return this.jdbc
			.sql("select " + EVENT_COLUMNS + " from events_event e where e.owner = :owner order by e.starts_at")
			.param("owner", owner)
			.query(EventSignups::toEvent)
			.list();
	}

	/**
	 * Signs a person up: seated if a seat is free, else on the waiting list.
	 * @throws NoSuchEvent when there is no such event or the owner's eligibility rule
	 * does not let the person join
	 * @throws SignupRefused when sign-up is not open or they are signed up already
	 */
	@Transactional
	public Signup signUp(UUID eventId, Account person, String needs, String motivation) {
		Locked event = lock(eventId);
		if (!owner(event.owner()).mayJoin(eventId, person)) {
			throw new NoSuchEvent(eventId);
		}
		Instant now = this.clock.instant();
		if (!event.terms().signupOpenAt(now)) {
			throw new SignupRefused(now.isBefore(event.terms().signupOpensAt()) ? Reason.NOT_YET_OPEN : Reason.CLOSED);
		}
		if (find(eventId, person.id()).isPresent()) {
			throw new SignupRefused(Reason.ALREADY_SIGNED_UP);
		}
		boolean seat = seated(eventId) < event.terms().capacity();
		this.jdbc.sql("""
				insert into events_signup (event_id, account_id, status, needs, motivation, signed_up_at, seated_at)
				values (:event, :person, :status, :needs, :motivation, :now, :seatedAt)
				""")
			.param("event", eventId)
			.param("person", person.id().value())
			.param("status", (seat ? SignupStatus.SEATED : SignupStatus.WAITING).name())
			.param("needs", needs)
			.param("motivation", motivation)
			.param("now", utc(now))
			.param("seatedAt", seat ? utc(now) : null)
			.update();
		return find(eventId, person.id()).orElseThrow();
	}

	/**
	 * The person leaves the event; a seat they free goes to the first on the waiting
	 * list.
	 * @return whether they were signed up
	 */
	@Transactional
	public boolean cancel(UUID eventId, AccountId person) {
		Locked event = lock(eventId);
		int removed = this.jdbc.sql("delete from events_signup where event_id = :event and account_id = :person")
			.param("event", eventId)
			.param("person", person.value())
			.update();
		fillFreeSeats(event);
		return removed > 0;
	}

	/**
	 * The organiser takes someone off the event; a seat they free goes to the first on
	 * the waiting list.
	 */
	@Transactional
	public void remove(UUID eventId, long arrival) {
		Locked event = lock(eventId);
		this.jdbc.sql("delete from events_signup where event_id = :event and arrival = :arrival")
			.param("event", eventId)
			.param("arrival", arrival)
			.update();
		fillFreeSeats(event);
	}

	/**
	 * The organiser seats someone from the waiting list out of turn, if a seat is free.
	 * @throws SignupRefused with {@link Reason#NO_FREE_SEAT} when every seat is taken
	 */
	@Transactional
	public void seat(UUID eventId, long arrival) {
		Locked event = lock(eventId);
		if (seated(eventId) >= event.terms().capacity()) {
			throw new SignupRefused(Reason.NO_FREE_SEAT);
		}
		List<Participant> seated = this.jdbc.sql("""
				update events_signup s set status = 'SEATED', seated_at = :now from account a
				where s.event_id = :event and s.arrival = :arrival and s.status = 'WAITING' and a.id = s.account_id
				returning a.id, a.email, a.display_name
				""")
			.param("event", eventId)
			.param("arrival", arrival)
			.param("now", utc(this.clock.instant()))
			.query(EventSignups::toParticipant)
			.list();
		tellAfterCommit(event, seated);
	}

	/**
	 * Seats people from the waiting list, first come first, while seats are free and the
	 * event has not started; after its organiser raised the seats, for instance.
	 */
	@Transactional
	public void fillFreeSeats(UUID eventId) {
		fillFreeSeats(lock(eventId));
	}

	@Transactional
	public void markAttendance(UUID eventId, long arrival, Attendance attendance) {
		this.jdbc.sql("""
				update events_signup set attendance = :attendance
				where event_id = :event and arrival = :arrival and status = 'SEATED'
				""").param("attendance", attendance.name()).param("event", eventId).param("arrival", arrival).update();
	}

	public Optional<Signup> find(UUID event, AccountId person) {
		return this.jdbc.sql("select " + SIGNUP_COLUMNS + """
				 from events_signup s join account a on a.id = s.account_id
				where s.event_id = :event and s.account_id = :person
				""").param("event", event).param("person", person.value()).query(EventSignups::toSignup).optional();
	}

	/**
	 * @return the event's sign-ups: the seated in arrival order, then the waiting list
	 */
	public List<Signup> of(UUID event) {
		return this.jdbc.sql("select " + SIGNUP_COLUMNS + """
				 from events_signup s join account a on a.id = s.account_id
				where s.event_id = :event order by s.status, s.arrival
				""").param("event", event).query(EventSignups::toSignup).list();
	}

	/**
	 * @return the person's sign-ups for the owner's events, in arrival order
	 */
	public List<Signup> ofPerson(AccountId person, String owner) {
		return this.jdbc.sql("select " + SIGNUP_COLUMNS + """
				 from events_signup s join account a on a.id = s.account_id join events_event e on e.id = s.event_id
				where s.account_id = :person and e.owner = :owner order by s.arrival
				""").param("person", person.value()).param("owner", owner).query(EventSignups::toSignup).list();
	}

	public int seated(UUID event) {
		return this.jdbc.sql("select count(*) from events_signup where event_id = :event and status = 'SEATED'")
			.param("event", event)
			.query(Integer.class)
			.single();
	}

	/**
	 * Takes the person off every one of the owner's events, as when their account is
	 * erased; the seats they free go to the waiting lists.
	 */
	@Transactional
	public void leaveAll(AccountId person, String owner) {
		for (Signup signup : ofPerson(person, owner)) {
			cancel(signup.event(), person);
		}
	}

	/**
	 * Locks the event's row until the transaction ends: everything that changes who is
	 * seated takes this lock first, so seat counts read under it stay true.
	 */
	private Locked lock(UUID id) {
		return this.jdbc.sql("""
				select id, owner, capacity, starts_at, signup_opens_at, signup_closes_at from events_event
				where id = :id for update
				""")
			.param("id", id)
			.query((row, n) -> new Locked(id, row.getString("owner"), toTerms(row)))
			.optional()
			.orElseThrow(() -> new NoSuchEvent(id));
	}

	private void fillFreeSeats(Locked event) {
		Instant now = this.clock.instant();
		if (!now.isBefore(event.terms().startsAt())) {
			return;
		}
		int free = event.terms().capacity() - seated(event.id());
		if (free <= 0) {
			return;
		}
		List<Participant> promoted = this.jdbc.sql("""
				update events_signup s set status = 'SEATED', seated_at = :now from account a
				where a.id = s.account_id and s.arrival in (select w.arrival from events_signup w
					where w.event_id = :event and w.status = 'WAITING' order by w.arrival limit :free)
				returning a.id, a.email, a.display_name
				""")
			.param("event", event.id())
			.param("free", free)
			.param("now", utc(now))
			.query(EventSignups::toParticipant)
			.list();
		tellAfterCommit(event, promoted);
	}

	private void tellAfterCommit(Locked event, List<Participant> seated) {
		if (seated.isEmpty()) {
			return;
		}
		List<Participant> people = List.copyOf(seated);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			tell(event, people);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				tell(event, people);
			}
		});
	}

	private void tell(Locked event, List<Participant> people) {
		EventOwner owner = owner(event.owner());
		for (Participant person : people) {
			try {
				owner.seatedFromWaitingList(event.id(), person);
			}
			catch (RuntimeException ex) {
				log.warn("Could not tell {} about their seat at event {}", person.id().value(), event.id(), ex);
			}
		}
	}

	private EventOwner owner(String name) {
		return this.owners.orderedStream()
			.filter((owner) -> owner.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No event owner named " + name));
	}

	private static java.util.Map<String, Object> termParams(EventTerms terms) {
		return java.util.Map.of("capacity", terms.capacity(), "startsAt", utc(terms.startsAt()), "opens",
				utc(terms.signupOpensAt()), "closes", utc(terms.signupClosesAt()));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getTimestamp(column).toInstant();
	}

	private static EventTerms toTerms(ResultSet row) throws SQLException {
		return new EventTerms(row.getInt("capacity"), instant(row, "starts_at"), instant(row, "signup_opens_at"),
				instant(row, "signup_closes_at"));
	}

	private static Event toEvent(ResultSet row, int n) throws SQLException {
		return new Event(row.getObject("id", UUID.class), row.getString("owner"), toTerms(row), row.getInt("seated"),
				row.getInt("waiting"));
	}

	private static Participant toParticipant(ResultSet row, int n) throws SQLException {
		return new Participant(new AccountId(row.getObject("id", UUID.class)), row.getString("email"),
				row.getString("display_name"));
	}

	private static Signup toSignup(ResultSet row, int n) throws SQLException {
		String attendance = row.getString("attendance");
		return new Signup(row.getLong("arrival"), row.getObject("event_id", UUID.class), toParticipant(row, n),
				SignupStatus.valueOf(row.getString("status")), row.getInt("position"), row.getString("needs"),
				row.getString("motivation"), instant(row, "signed_up_at"),
				(attendance != null) ? Attendance.valueOf(attendance) : null);
	}

	/** An event's row as read under its lock. */
	private record Locked(UUID id, String owner, EventTerms terms) {

	}

}
