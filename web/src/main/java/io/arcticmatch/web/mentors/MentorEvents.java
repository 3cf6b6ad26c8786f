package io.arcticmatch.web.mentors;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.events.Event;
import io.arcticmatch.web.events.EventOwner;
import io.arcticmatch.web.events.EventSignups;
import io.arcticmatch.web.events.EventTerms;
import io.arcticmatch.web.events.NoSuchEvent;
import io.arcticmatch.web.events.Participant;
import io.arcticmatch.web.events.Signup;
import io.arcticmatch.web.events.SignupRefused;
import io.arcticmatch.web.events.SignupStatus;
import io.arcticmatch.web.mentors.Values.MentorEvent;
import io.arcticmatch.web.mentors.Values.NewEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme gatherings, seminars and 'new here' meeting places. Their seats, waiting list
 * and promotion are the shared sign-up machinery's ({@link EventSignups}), the same as
 * trips'; the programme keeps what kind of event it is, its title, description and place,
 * and decides who may sign up: job seekers (mentees and other newcomers) and approved
 * mentors. Sign-up is open from creation until the event starts.
 */
@Service
class MentorEvents implements EventOwner {

	/** The name the programme opens its events under. */
	static final String OWNER = "mentors";

	private final JdbcClient jdbc;

	private final EventSignups signups;

	private final MentoringMail mail;

	private final Clock clock;

	MentorEvents(JdbcClient jdbc, EventSignups signups, MentoringMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.signups = signups;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * @throws IllegalArgumentException when the event would start before now
	 */
	@Transactional
	UUID create(AccountId coordinator, NewEvent event) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Instant start = event.startsAt().toInstant();
		this.signups.open(id, OWNER, new EventTerms(event.capacity(), start, now, start));
		this.jdbc.sql("""
				insert into mentors_event (id, kind, title, description, place, created_by, created_at)
				values (:id, :kind, :title, :description, :place, :by, :now)
				""")
			.param("id", id)
			.param("kind", event.kind().name())
			.param("title", event.title().strip())
			.param("description", event.description().strip())
			.param("place", event.place().strip())
			.param("by", coordinator.value())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/**
	 * @return the events that have not started, soonest first
	 */
	List<MentorEvent> upcoming() {
		List<Event> events = this.signups.upcoming(OWNER);
		Map<UUID, Details> details = details(events.stream().map(Event::id).toList());
		return events.stream()
			.filter((event) -> details.containsKey(event.id()))
			.map((event) -> details.get(event.id()).with(event))
			.toList();
	}

	/**
	 * Signs the person up: a place while there is one, else the waiting list. Signing up
	 * twice changes nothing.
	 * @return the person's status
	 * @throws MentoringNotFound when there is no such event or the person may not join it
	 * @throws SignupRefused when the event has started
	 */
	SignupStatus signUp(Account person, UUID event) {
		try {
			return this.signups.signUp(event, person, "", "").status();
		}
		catch (NoSuchEvent ex) {
			throw new MentoringNotFound("event " + event);
		}
		catch (SignupRefused refused) {
			if (refused.reason() == SignupRefused.Reason.ALREADY_SIGNED_UP) {
				return this.signups.find(event, person.id()).map(Signup::status).orElseThrow(() -> refused);
			}
			throw refused;
		}
	}

	/**
	 * Cancels the person's sign-up; a freed place goes to the first on the waiting list.
	 */
	void cancel(AccountId person, UUID event) {
		try {
			this.signups.cancel(event, person);
		}
		catch (NoSuchEvent ex) {
			throw new MentoringNotFound("event " + event);
		}
	}

	Optional<Signup> signupOf(AccountId person, UUID event) {
		return this.signups.find(event, person);
	}

	@Override
	public String name() {
		return OWNER;
	}

	@Override
	public boolean mayJoin(UUID event, Account person) {
		return mayJoin(person);
	}

	/**
	 * @return whether the person may sign up for the programme's events: job seekers
	 * (mentees and other newcomers) and approved mentors
	 */
	boolean mayJoin(Account person) {
		return person.role() == Role.SEEKER || this.jdbc.sql("""
				select count(*) from mentors_mentor where account_id = :id and status = 'APPROVED'
				""").param("id", person.id().value()).query(Integer.class).single() > 0;
	}

	@Override
	public void seatedFromWaitingList(UUID event, Participant person) {
		Details details = details(List.of(event)).get(event);
		Optional<Event> seats = this.signups.find(event);
		if (details != null && seats.isPresent()) {
			this.mail.seatFromWaitingList(person, details.with(seats.get()));
		}
	}

	/**
	 * @return the person's sign-ups, for "export my data"
	 */
	List<Map<String, Object>> export(AccountId person) {
		List<Signup> signups = this.signups.ofPerson(person, OWNER);
		Map<UUID, Details> details = details(signups.stream().map(Signup::event).toList());
		return signups.stream().map((signup) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			Details event = details.get(signup.event());
			entry.put("event", (event != null) ? event.title() : signup.event().toString());
			entry.put("startsAt",
					this.signups.find(signup.event()).map((found) -> found.terms().startsAt().toString()).orElse(""));
			entry.put("status", signup.status().name());
			entry.put("waitingPosition", signup.waitingPosition());
			entry.put("signedUpAt", signup.signedUpAt().toString());
			return entry;
		}).toList();
	}

	/**
	 * Takes the person off every programme event; their places go to the waiting lists.
	 */
	void erase(AccountId person) {
		this.signups.leaveAll(person, OWNER);
	}

	/**
	 * @return the programme's event figures for its indicators
	 */
	Map<String, Long> indicators() {
		List<Event> all = this.signups.all(OWNER);
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put("events", (long) all.size());
		figures.put("event_places_taken", all.stream().mapToLong(Event::seated).sum());
		figures.put("event_waiting", all.stream().mapToLong(Event::waiting).sum());
		return figures;
	}

	private Map<UUID, Details> details(List<UUID> ids) {
		Map<UUID, Details> details = new HashMap<>();
		if (ids.isEmpty()) {
			return details;
		}
		this.jdbc.sql("select id, kind, title, description, place from mentors_event where id in (:ids)")
			.param("ids", ids)
			.query((row, n) -> new Details(row.getObject("id", UUID.class), EventKind.valueOf(row.getString("kind")),
					row.getString("title"), row.getString("description"), row.getString("place")))
			.list()
			.forEach((found) -> details.put(found.id(), found));
		return details;
	}

	/** What the programme keeps of an event. */
	private record Details(UUID id, EventKind kind, String title, String description, String place) {

		MentorEvent with(Event event) {
			return new MentorEvent(this.id, this.kind, this.title, this.description, this.place,
					event.terms().startsAt().atZone(Values.REGION), event.terms().capacity(), event.seated(),
					event.waiting());
		}

	}

}
