package io.arcticmatch.web.mentors;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.mentors.Values.MentorEvent;
import io.arcticmatch.web.mentors.Values.NewEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme events with sign-up, capacity and waiting list. The capacity holds under
 * concurrent sign-ups because each sign-up locks its event's row for the count and the
 * insert. A stopgap: once the trips' sign-up machinery is on main, events should move
 * onto it rather than keep this copy.
 */
@Service
class MentorEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	MentorEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	UUID create(AccountId coordinator, NewEvent event) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into mentors_event (id, kind, title, description, place, starts_at, capacity, created_by, created_at)
					values (:id, :kind, :title, :description, :place, :startsAt, :capacity, :by, :now)
					""")
			.param("id", id)
			.param("kind", event.kind().name())
			.param("title", event.title().strip())
			.param("description", event.description().strip())
			.param("place", event.place().strip())
			.param("startsAt", event.startsAt())
			.param("capacity", event.capacity())
			.param("by", coordinator.value())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/**
	 * @return the events that have not started, soonest first
	 */
	List<MentorEvent> upcoming() {
		return this.jdbc.sql(EVENT_SELECT + " where e.starts_at >= :now order by e.starts_at")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((row, n) -> new MentorEvent(row.getObject("id", UUID.class),
					EventKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("description"),
					row.getString("place"), row.getObject("starts_at", OffsetDateTime.class), row.getInt("capacity"),
					row.getInt("confirmed"), row.getInt("waiting")))
			.list();
	}

	/**
	 * Signs the account up: a place while there is one, else the waiting list. Signing up
	 * twice changes nothing.
	 * @return the account's status
	 */
	@Transactional
	SignUpStatus signUp(AccountId account, UUID eventId) {
		int capacity = lock(eventId);
		Optional<SignUpStatus> already = statusOf(account, eventId);
		if (already.isPresent()) {
			return already.get();
		}
		long confirmed = this.jdbc
			.sql("select count(*) from mentors_event_signup where event_id = :event and status = 'CONFIRMED'")
			.param("event", eventId)
			.query(Long.class)
			.single();
		SignUpStatus status = (confirmed < capacity) ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
		this.jdbc.sql("""
				insert into mentors_event_signup (event_id, account_id, status, signed_up_at)
				values (:event, :account, :status, :now)
				""")
			.param("event", eventId)
			.param("account", account.value())
			.param("status", status.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return status;
	}

	/**
	 * Cancels the account's sign-up; a freed place goes to the first on the waiting list.
	 */
	@Transactional
	void cancel(AccountId account, UUID eventId) {
		lock(eventId);
		Optional<SignUpStatus> status = statusOf(account, eventId);
		if (status.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from mentors_event_signup where event_id = :event and account_id = :account")
			.param("event", eventId)
			.param("account", account.value())
			.update();
		if (status.get() == SignUpStatus.CONFIRMED) {
			this.jdbc.sql("""
					update mentors_event_signup set status = 'CONFIRMED' where event_id = :event and account_id = (
						select account_id from mentors_event_signup where event_id = :event and status = 'WAITING'
						order by sequence limit 1)
					""").param("event", eventId).update();
		}
	}

	Optional<SignUpStatus> statusOf(AccountId account, UUID eventId) {
		return this.jdbc
			.sql("select status from mentors_event_signup where event_id = :event and account_id = :account")
			.param("event", eventId)
			.param("account", account.value())
			.query((row, n) -> SignUpStatus.valueOf(row.getString("status")))
			.optional();
	}

	private int lock(UUID eventId) {
		return this.jdbc.sql("select capacity from mentors_event where id = :id for update")
			.param("id", eventId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new MentoringNotFound("event " + eventId));
	}

	private static final String EVENT_SELECT = """
			select e.*,
				(select count(*) from mentors_event_signup s where s.event_id = e.id and s.status = 'CONFIRMED') as confirmed,
				(select count(*) from mentors_event_signup s where s.event_id = e.id and s.status = 'WAITING') as waiting
			from mentors_event e""";

}
