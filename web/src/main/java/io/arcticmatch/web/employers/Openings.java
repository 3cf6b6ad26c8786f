package io.arcticmatch.web.employers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.Account;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The openings employers post. Every change is handed to ingest as a new version of the
 * direct posting, so the index follows: open openings of approved employers are
 * published, anything else is withdrawn. An employer user reaches only the openings of
 * its own organisation; anything else is {@link NotFound}.
 */
@Service
public class Openings {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Employers employers;

	private final DirectPostings direct;

	private final Clock clock;

	Openings(JdbcClient jdbc, JsonMapper json, Employers employers, DirectPostings direct, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.employers = employers;
		this.direct = direct;
		this.clock = clock;
	}

	/**
	 * @param account an employer user
	 * @return the user's organisation
	 * @throws NotFound when the user belongs to none
	 */
	Employer employerOf(Account account) {
		return this.employers.of(account).orElseThrow(() -> new NotFound("no organisation"));
	}

	/**
	 * @param account an employer user
	 * @return the openings of the user's organisation, last changed first
	 */
	public List<Opening> list(Account account) {
		return this.jdbc.sql("select * from employers_opening where employer_id = :employer order by updated_at desc")
			.param("employer", employerOf(account).id())
			.query(this::opening)
			.list();
	}

	/**
	 * @param account an employer user
	 * @param id an opening
	 * @return the opening, when it is the user's organisation's
	 * @throws NotFound otherwise
	 */
	public Opening get(Account account, UUID id) {
		Employer employer = employerOf(account);
		return find(id).filter((opening) -> opening.employer().equals(employer.id()))
			.orElseThrow(() -> new NotFound("opening " + id));
	}

	Optional<Opening> find(UUID id) {
		return this.jdbc.sql("select * from employers_opening where id = :id")
			.param("id", id)
			.query(this::opening)
			.optional();
	}

	/**
	 * Posts an opening; it is published at once when the organisation is approved.
	 * @param account the employer user posting it
	 * @param details what was entered
	 * @return the opening
	 */
	@Transactional
	public Opening post(Account account, OpeningDetails details) {
		Employer employer = employerOf(account);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into employers_opening (id, employer_id, created_by, status, version, title, details, deadline,
					published_at, updated_at)
				values (:id, :employer, :account, 'OPEN', 1, :title, cast(:details as jsonb), :deadline, :now, :now)
				""")
			.param("id", id)
			.param("employer", employer.id())
			.param("account", account.id().value())
			.param("title", details.title())
			.param("details", this.json.writeValueAsString(details))
			.param("deadline", utc(deadline(details)))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		Opening opening = find(id).orElseThrow();
		submit(opening, employer);
		return opening;
	}

	/**
	 * Replaces what an opening says; an expired opening whose deadline moved into the
	 * future is open again.
	 * @param account an employer user of the opening's organisation
	 * @param id the opening
	 * @param details what was entered
	 * @return the opening as it is now
	 */
	@Transactional
	public Opening edit(Account account, UUID id, OpeningDetails details) {
		Opening before = get(account, id);
		Instant deadline = deadline(details);
		OpeningStatus status = (before.status() == OpeningStatus.EXPIRED && deadline.isAfter(this.clock.instant()))
				? OpeningStatus.OPEN : before.status();
		this.jdbc.sql("""
				update employers_opening set title = :title, details = cast(:details as jsonb), deadline = :deadline,
					status = :status, updated_at = :now,
					reminded_at = case when deadline = :deadline then reminded_at end
				where id = :id
				""")
			.param("title", details.title())
			.param("details", this.json.writeValueAsString(details))
			.param("deadline", utc(deadline))
			.param("status", status.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
		Opening opening = find(id).orElseThrow();
		submit(opening, employerOf(account));
		return opening;
	}

	/**
	 * Closes an opening: it leaves the search at once.
	 */
	@Transactional
	public Opening close(Account account, UUID id) {
		return changeStatus(get(account, id), OpeningStatus.CLOSED);
	}

	/**
	 * Opens a closed or expired opening again, if its deadline has not passed.
	 * @return the opening, empty when the deadline has passed (edit it first)
	 */
	@Transactional
	public Optional<Opening> reopen(Account account, UUID id) {
		Opening opening = get(account, id);
		if (opening.deadline() != null && !opening.deadline().isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(changeStatus(opening, OpeningStatus.OPEN));
	}

	/**
	 * @return the posting the opening is, for matching
	 */
	JobPosting posting(Opening opening) {
		return this.direct.posting(opening, this.employers.find(opening.employer()).orElseThrow());
	}

	/**
	 * Closes every open opening whose deadline has passed.
	 * @param now the time it is
	 * @return the openings expired
	 */
	@Transactional
	public List<Opening> expire(Instant now) {
		List<Opening> due = this.jdbc
			.sql("select * from employers_opening where status = 'OPEN' and deadline <= :now order by deadline")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(this::opening)
			.list();
		return due.stream().map((opening) -> changeStatus(opening, OpeningStatus.EXPIRED)).toList();
	}

	/**
	 * Marks the open openings whose deadline comes before {@code until} and that were not
	 * reminded of it yet.
	 * @param until the end of the reminder window
	 * @return those openings, marked as reminded
	 */
	@Transactional
	public List<Opening> remindable(Instant now, Instant until) {
		return this.jdbc.sql("""
				update employers_opening set reminded_at = :now
				where status = 'OPEN' and reminded_at is null and deadline > :now and deadline <= :until
				returning *
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("until", until.atOffset(ZoneOffset.UTC))
			.query(this::opening)
			.list();
	}

	/**
	 * @return the account that posted an opening, if it still exists
	 */
	Optional<UUID> postedBy(UUID opening) {
		return this.jdbc.sql("select created_by from employers_opening where id = :id")
			.param("id", opening)
			.query((row, n) -> Optional.ofNullable(row.getObject("created_by", UUID.class)))
			.optional()
			.flatMap((by) -> by);
	}

	@EventListener
	void viewed(PostingViewed event) {
		if (!"direct".equals(event.posting().source())) {
			return;
		}
		UUID id;
		try {
			id = UUID.fromString(event.posting().sourceId());
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		this.jdbc.sql("update employers_opening set views = views + 1 where id = :id").param("id", id).update();
	}

	@EventListener
	void decided(Employers.EmployerDecided event) {
		// approval publishes the open openings, rejection withdraws them
		this.jdbc.sql("select * from employers_opening where employer_id = :employer")
			.param("employer", event.employer().id())
			.query(this::opening)
			.list()
			.forEach((opening) -> submit(opening, event.employer()));
	}

	private Opening changeStatus(Opening opening, OpeningStatus status) {
		this.jdbc.sql("update employers_opening set status = :status, updated_at = :now where id = :id")
			.param("status", status.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", opening.id())
			.update();
		Opening changed = find(opening.id()).orElseThrow();
		submit(changed, this.employers.find(opening.employer()).orElseThrow());
		return changed;
	}

	private void submit(Opening opening, Employer employer) {
		long version = this.jdbc
			.sql("update employers_opening set version = version + 1 where id = :id returning version")
			.param("id", opening.id())
			.query(Long.class)
			.single();
		this.direct.submit(opening, employer, version);
	}

	/**
	 * @return the end of the deadline day in the job's country
	 */
	static Instant deadline(OpeningDetails details) {
		return details.deadline().plusDays(1).atStartOfDay(zone(details.country())).toInstant().minusSeconds(1);
	}

	static ZoneId zone(Country country) {
		return switch (country) {
			case NO -> ZoneId.of("Europe/Oslo");
			case SE -> ZoneId.of("Europe/Stockholm");
			case FI -> ZoneId.of("Europe/Helsinki");
		};
	}

	private static java.time.@Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private Opening opening(ResultSet row, int n) throws SQLException {
		return new Opening(row.getObject("id", UUID.class), row.getObject("employer_id", UUID.class),
				OpeningStatus.valueOf(row.getString("status")),
				this.json.readValue(row.getString("details"), OpeningDetails.class),
				(row.getTimestamp("deadline") != null) ? row.getTimestamp("deadline").toInstant() : null,
				row.getTimestamp("published_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
				row.getLong("views"));
	}

}
