package io.arcticmatch.web.mentors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import io.arcticmatch.web.mentors.Values.Meeting;
import io.arcticmatch.web.mentors.Values.Mentor;
import io.arcticmatch.web.mentors.Values.MentorOffer;
import io.arcticmatch.web.mentors.Values.MentorProposal;
import io.arcticmatch.web.mentors.Values.MentorRequest;
import io.arcticmatch.web.mentors.Values.Pair;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.profiles.StoredProfile;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mentor programme's rules: mentors register and are approved, mentees ask, the
 * coordinator confirms a pair (both are told by mail), the mentee accepts it (only then
 * may the mentor see the mentee's profile), the pair keeps goals and meetings, and either
 * side ends it with a reason. Things that are not the caller's answer as not found.
 */
@Service
public class MentorProgramme implements PersonalData {

	private static final int PROPOSALS = 5;

	private final JdbcClient jdbc;

	private final Concepts concepts;

	private final MentorMatcher matcher;

	private final SeekerProfiles profiles;

	private final MentorEvents events;

	private final MentoringMail mail;

	private final Clock clock;

	MentorProgramme(JdbcClient jdbc, Concepts concepts, MentorMatcher matcher, SeekerProfiles profiles,
			MentorEvents events, MentoringMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.concepts = concepts;
		this.matcher = matcher;
		this.profiles = profiles;
		this.events = events;
		this.mail = mail;
		this.clock = clock;
	}

	// mentors

	/**
	 * Registers or updates the account's offer to mentor. A new offer waits for the
	 * coordinator; an updated one keeps its standing.
	 */
	@Transactional
	void offer(AccountId account, MentorOffer offer) {
		Optional<Place> place = this.concepts.places().findByName(offer.placeName()).stream().findFirst();
		this.jdbc
			.sql("""
					insert into mentors_mentor (account_id, occupations, languages, place_id, place_name, hours_per_month,
						about, status, registered_at)
					values (:id, :occupations, :languages, :placeId, :placeName, :hours, :about, 'PENDING', :now)
					on conflict (account_id) do update set occupations = excluded.occupations, languages = excluded.languages,
						place_id = excluded.place_id, place_name = excluded.place_name,
						hours_per_month = excluded.hours_per_month, about = excluded.about
					""")
			.param("id", account.value())
			.param("occupations", String.join(",", offer.occupations()))
			.param("languages", String.join(",", offer.languages().stream().sorted().toList()))
			.param("placeId", place.map(Place::id).orElse(null))
			.param("placeName", offer.placeName().strip())
			.param("hours", offer.hoursPerMonth())
			.param("about", offer.about().strip())
			.param("now", now())
			.update();
	}

	Optional<Mentor> mentor(AccountId account) {
		return this.jdbc.sql(MENTOR_SELECT + " where m.account_id = :id")
			.param("id", account.value())
			.query(MentorProgramme::toMentor)
			.optional();
	}

	List<Mentor> mentors(MentorStatus status) {
		return this.jdbc.sql(MENTOR_SELECT + " where m.status = :status order by m.registered_at")
			.param("status", status.name())
			.query(MentorProgramme::toMentor)
			.list();
	}

	@Transactional
	void decide(AccountId coordinator, AccountId mentor, boolean approve) {
		int updated = this.jdbc.sql("""
				update mentors_mentor set status = :status, decided_at = :now, decided_by = :coordinator
				where account_id = :mentor
				""")
			.param("status", approve ? "APPROVED" : "DECLINED")
			.param("now", now())
			.param("coordinator", coordinator.value())
			.param("mentor", mentor.value())
			.update();
		if (updated == 0) {
			throw new MentoringNotFound("mentor " + mentor.value());
		}
	}

	// requests and pairing

	/**
	 * A mentee asks for a mentor; a mentee has one live request at a time.
	 * @return the request, the live one if there already is one
	 */
	@Transactional
	UUID request(AccountId mentee, String wishes) {
		Optional<MentorRequest> live = liveRequest(mentee);
		if (live.isPresent()) {
			return live.get().id();
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into mentors_request (id, mentee, wishes, status, created_at) values (:id, :mentee, :wishes, 'OPEN', :now)
					""")
			.param("id", id)
			.param("mentee", mentee.value())
			.param("wishes", wishes.strip())
			.param("now", now())
			.update();
		return id;
	}

	Optional<MentorRequest> liveRequest(AccountId mentee) {
		return this.jdbc.sql(REQUEST_SELECT + " where r.mentee = :mentee and r.status in ('OPEN', 'PAIRED')")
			.param("mentee", mentee.value())
			.query(MentorProgramme::toRequest)
			.optional();
	}

	List<MentorRequest> openRequests() {
		return this.jdbc.sql(REQUEST_SELECT + " where r.status = 'OPEN' order by r.created_at")
			.query(MentorProgramme::toRequest)
			.list();
	}

	MentorRequest request(UUID id) {
		return this.jdbc.sql(REQUEST_SELECT + " where r.id = :id")
			.param("id", id)
			.query(MentorProgramme::toRequest)
			.optional()
			.orElseThrow(() -> new MentoringNotFound("request " + id));
	}

	/**
	 * The approved mentors the concept layer proposes for a request, best first, each
	 * with its reasons.
	 */
	List<MentorProposal> proposals(UUID requestId, LabelLanguage language) {
		MentorRequest request = request(requestId);
		SeekerProfile profile = this.profiles.find(request.mentee()).map(StoredProfile::profile).orElse(null);
		List<Mentor> available = mentors(MentorStatus.APPROVED).stream()
			.filter((mentor) -> !mentor.account().equals(request.mentee()))
			.toList();
		return this.matcher.propose(profile, available, PROPOSALS, language);
	}

	/**
	 * The coordinator confirms a pair; it waits for the mentee to accept.
	 */
	@Transactional
	UUID confirmPair(AccountId coordinator, UUID requestId, AccountId mentorId) {
		MentorRequest request = this.jdbc.sql(REQUEST_SELECT + " where r.id = :id for update of r")
			.param("id", requestId)
			.query(MentorProgramme::toRequest)
			.optional()
			.orElseThrow(() -> new MentoringNotFound("request " + requestId));
		if (!request.status().equals("OPEN")) {
			throw new MentoringConflict("request " + requestId + " is " + request.status());
		}
		Mentor mentor = mentor(mentorId).orElseThrow(() -> new MentoringNotFound("mentor " + mentorId.value()));
		if (mentor.status() != MentorStatus.APPROVED || mentor.account().equals(request.mentee())) {
			throw new MentoringConflict("mentor " + mentorId.value() + " cannot take this request");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into mentors_pair (id, request_id, mentor, mentee, status, confirmed_by, confirmed_at)
				values (:id, :request, :mentor, :mentee, 'PROPOSED', :coordinator, :now)
				""")
			.param("id", id)
			.param("request", requestId)
			.param("mentor", mentorId.value())
			.param("mentee", request.mentee().value())
			.param("coordinator", coordinator.value())
			.param("now", now())
			.update();
		setRequestStatus(requestId, "PAIRED");
		Pair pair = this.jdbc.sql(PAIR_SELECT + " where p.id = :id")
			.param("id", id)
			.query(MentorProgramme::toPair)
			.single();
		afterCommit(() -> this.mail.paired(pair));
		return id;
	}

	/**
	 * The mentee accepts or declines a proposed pair. Accepting is the mentee's consent
	 * to show the mentor their profile; declining ends the pair and opens the request
	 * again.
	 */
	@Transactional
	void answer(AccountId mentee, UUID pairId, boolean accept) {
		Pair pair = pairFor(mentee, pairId);
		if (!pair.mentee().equals(mentee) || pair.status() != PairStatus.PROPOSED) {
			throw new MentoringConflict("pair " + pairId + " is not waiting for this mentee");
		}
		if (accept) {
			this.jdbc.sql("update mentors_pair set status = 'ACTIVE', accepted_at = :now where id = :id")
				.param("now", now())
				.param("id", pairId)
				.update();
		}
		else {
			end(pairId, mentee, "declined");
			setRequestStatus(pair.requestId(), "OPEN");
		}
	}

	@Transactional
	void setGoals(AccountId member, UUID pairId, String goals) {
		activePairFor(member, pairId);
		this.jdbc.sql("update mentors_pair set goals = :goals where id = :id")
			.param("goals", goals.strip())
			.param("id", pairId)
			.update();
	}

	@Transactional
	void logMeeting(AccountId member, UUID pairId, LocalDate metOn, String note) {
		activePairFor(member, pairId);
		this.jdbc.sql("""
				insert into mentors_meeting (id, pair_id, met_on, note, logged_by, logged_at)
				values (:id, :pair, :metOn, :note, :member, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("pair", pairId)
			.param("metOn", metOn)
			.param("note", note.strip())
			.param("member", member.value())
			.param("now", now())
			.update();
	}

	/**
	 * Either side ends the pairing, with a reason; the mentee's request is done.
	 */
	@Transactional
	void endPair(AccountId member, UUID pairId, String reason) {
		Pair pair = pairFor(member, pairId);
		if (pair.status() == PairStatus.ENDED) {
			throw new MentoringConflict("pair " + pairId + " has ended");
		}
		end(pairId, member, reason.strip());
		setRequestStatus(pair.requestId(), "WITHDRAWN");
	}

	/**
	 * @return the pair, if the account is its mentor or mentee
	 * @throws MentoringNotFound for anyone else
	 */
	Pair pairFor(AccountId member, UUID pairId) {
		return this.jdbc.sql(PAIR_SELECT + " where p.id = :id")
			.param("id", pairId)
			.query(MentorProgramme::toPair)
			.optional()
			.filter((pair) -> pair.hasMember(member))
			.orElseThrow(() -> new MentoringNotFound("pair " + pairId));
	}

	List<Pair> pairsOf(AccountId member) {
		return this.jdbc
			.sql(PAIR_SELECT + " where p.mentor = :member or p.mentee = :member order by p.confirmed_at desc")
			.param("member", member.value())
			.query(MentorProgramme::toPair)
			.list();
	}

	List<Pair> allPairs() {
		return this.jdbc.sql(PAIR_SELECT + " order by p.status, p.confirmed_at desc")
			.query(MentorProgramme::toPair)
			.list();
	}

	List<Meeting> meetings(AccountId member, UUID pairId) {
		pairFor(member, pairId);
		return this.jdbc.sql("""
				select m.met_on, m.note, a.display_name from mentors_meeting m
				left join account a on a.id = m.logged_by where m.pair_id = :pair order by m.met_on, m.logged_at
				""")
			.param("pair", pairId)
			.query((row, n) -> new Meeting(row.getObject("met_on", LocalDate.class), row.getString("note"),
					row.getString("display_name")))
			.list();
	}

	/**
	 * The mentee's profile as the mentor may see it: only in an active pair, that is
	 * after the mentee accepted.
	 */
	Optional<SeekerProfile> menteeProfileFor(AccountId viewer, UUID pairId) {
		Pair pair = pairFor(viewer, pairId);
		if (!pair.mentor().equals(viewer) || pair.status() != PairStatus.ACTIVE) {
			return Optional.empty();
		}
		return this.profiles.find(pair.mentee()).map(StoredProfile::profile);
	}

	/**
	 * The programme's indicators as CSV: one line per figure.
	 */
	String indicatorsCsv() {
		Map<String, Long> figures = new LinkedHashMap<>();
		for (MentorStatus status : MentorStatus.values()) {
			figures.put("mentors_" + status.name().toLowerCase(java.util.Locale.ROOT),
					count("select count(*) from mentors_mentor where status = '" + status.name() + "'"));
		}
		figures.put("requests_open", count("select count(*) from mentors_request where status = 'OPEN'"));
		for (PairStatus status : PairStatus.values()) {
			figures.put("pairs_" + status.name().toLowerCase(java.util.Locale.ROOT),
					count("select count(*) from mentors_pair where status = '" + status.name() + "'"));
		}
		figures.put("pairs_declined_by_mentee",
				count("select count(*) from mentors_pair where status = 'ENDED' and accepted_at is null"));
		figures.put("meetings_logged", count("select count(*) from mentors_meeting"));
		figures.put("pairs_with_a_meeting", count("select count(distinct pair_id) from mentors_meeting"));
		figures.putAll(this.events.indicators());
		StringBuilder csv = new StringBuilder("indicator,value\r\n");
		figures.forEach((name, value) -> csv.append(name).append(',').append(value).append("\r\n"));
		return csv.toString();
	}

	@Override
	public String section() {
		return "mentoring";
	}

	@Override
	public Object export(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("mentor", mentor(account).orElse(null));
		data.put("requests",
				this.jdbc.sql(REQUEST_SELECT + " where r.mentee = :id")
					.param("id", account.value())
					.query(MentorProgramme::toRequest)
					.list());
		List<Pair> pairs = pairsOf(account);
		data.put("pairs", pairs);
		data.put("meetings", pairs.stream().flatMap((pair) -> meetings(account, pair.id()).stream()).toList());
		data.put("eventSignUps", this.events.export(account));
		return data;
	}

	@Override
	@Transactional
	public void erase(AccountId account) {
		this.jdbc.sql("delete from mentors_pair where mentor = :id or mentee = :id")
			.param("id", account.value())
			.update();
		this.jdbc.sql("delete from mentors_request where mentee = :id").param("id", account.value()).update();
		this.jdbc.sql("delete from mentors_mentor where account_id = :id").param("id", account.value()).update();
		this.events.erase(account);
	}

	private Pair activePairFor(AccountId member, UUID pairId) {
		Pair pair = pairFor(member, pairId);
		if (pair.status() != PairStatus.ACTIVE) {
			throw new MentoringConflict("pair " + pairId + " is not active");
		}
		return pair;
	}

	private void end(UUID pairId, AccountId by, String reason) {
		this.jdbc
			.sql("""
					update mentors_pair set status = 'ENDED', ended_at = :now, ended_by = :by, end_reason = :reason where id = :id
					""")
			.param("now", now())
			.param("by", by.value())
			.param("reason", reason)
			.param("id", pairId)
			.update();
	}

	/**
	 * Mails go out once the change they tell about is committed, and never for one that
	 * was rolled back.
	 */
	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private void setRequestStatus(UUID requestId, String status) {
		this.jdbc.sql("update mentors_request set status = :status where id = :id")
			.param("status", status)
			.param("id", requestId)
			.update();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static final String MENTOR_SELECT = """
			select m.*, a.display_name from mentors_mentor m join account a on a.id = m.account_id""";

	private static final String REQUEST_SELECT = """
			select r.*, a.display_name from mentors_request r join account a on a.id = r.mentee""";

	private static final String PAIR_SELECT = """
			select p.*, mentor.display_name as mentor_name, mentee.display_name as mentee_name,
				(select count(*) from mentors_meeting x where x.pair_id = p.id) as meetings
			from mentors_pair p join account mentor on mentor.id = p.mentor join account mentee on mentee.id = p.mentee""";

	private static Mentor toMentor(ResultSet row, int n) throws SQLException {
		return new Mentor(new AccountId(row.getObject("account_id", UUID.class)), row.getString("display_name"),
				split(row.getString("occupations")), new LinkedHashSet<>(split(row.getString("languages"))),
				row.getString("place_id"), row.getString("place_name"), row.getInt("hours_per_month"),
				row.getString("about"), MentorStatus.valueOf(row.getString("status")));
	}

	private static MentorRequest toRequest(ResultSet row, int n) throws SQLException {
		return new MentorRequest(row.getObject("id", UUID.class), new AccountId(row.getObject("mentee", UUID.class)),
				row.getString("display_name"), row.getString("wishes"), row.getString("status"),
				row.getTimestamp("created_at").toInstant());
	}

	private static Pair toPair(ResultSet row, int n) throws SQLException {
		return new Pair(row.getObject("id", UUID.class), row.getObject("request_id", UUID.class),
				new AccountId(row.getObject("mentor", UUID.class)), row.getString("mentor_name"),
				new AccountId(row.getObject("mentee", UUID.class)), row.getString("mentee_name"),
				PairStatus.valueOf(row.getString("status")), row.getString("goals"),
				row.getTimestamp("confirmed_at").toInstant(), instant(row, "accepted_at"), instant(row, "ended_at"),
				row.getString("end_reason"), row.getInt("meetings"));
	}

	private static java.time.@Nullable Instant instant(ResultSet row, String column) throws SQLException {
		java.sql.Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static List<String> split(@Nullable String values) {
		return (values == null || values.isBlank()) ? List.of() : Arrays.asList(values.split(","));
	}

}
