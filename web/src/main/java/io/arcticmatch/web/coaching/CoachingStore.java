package io.arcticmatch.web.coaching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coaching tables. Knows nothing of who may see what: {@link CoachingService} checks
 * that before it asks.
 */
@Repository
class CoachingStore {

	private final JdbcClient jdbc;

	CoachingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// groups and coaches

	void addGroup(CoachingGroup group) {
		this.jdbc
			.sql("""
					insert into coaching_group (id, name, description, languages, starts_on, ends_on, target_countries, created_at)
					values (:id, :name, :description, :languages, :startsOn, :endsOn, :countries, :createdAt)
					""")
			.param("id", group.id().value())
			.param("name", group.name())
			.param("description", group.description())
			.param("languages", group.languages().toArray(String[]::new))
			.param("startsOn", group.startsOn())
			.param("endsOn", group.endsOn())
			.param("countries", group.targetCountries().stream().map(Country::name).toArray(String[]::new))
			.param("createdAt", utc(group.createdAt()))
			.update();
	}

	void updateGroup(CoachingGroup group) {
		this.jdbc.sql("""
				update coaching_group set name = :name, description = :description, languages = :languages,
				starts_on = :startsOn, ends_on = :endsOn, target_countries = :countries where id = :id
				""")
			.param("id", group.id().value())
			.param("name", group.name())
			.param("description", group.description())
			.param("languages", group.languages().toArray(String[]::new))
			.param("startsOn", group.startsOn())
			.param("endsOn", group.endsOn())
			.param("countries", group.targetCountries().stream().map(Country::name).toArray(String[]::new))
			.update();
	}

	Optional<CoachingGroup> findGroup(GroupId id) {
		return this.jdbc.sql("select * from coaching_group where id = :id")
			.param("id", id.value())
			.query(CoachingStore::toGroup)
			.optional();
	}

	List<CoachingGroup> allGroups() {
		return this.jdbc.sql("select * from coaching_group order by starts_on desc, name")
			.query(CoachingStore::toGroup)
			.list();
	}

	List<CoachingGroup> groupsCoachedBy(AccountId coach) {
		return this.jdbc.sql("""
				select g.* from coaching_group g join coaching_coach c on c.group_id = g.id
				where c.coach_id = :coach order by g.starts_on desc, g.name
				""").param("coach", coach.value()).query(CoachingStore::toGroup).list();
	}

	List<CoachingGroup> groupsOfMember(AccountId seeker) {
		return this.jdbc.sql("""
				select g.* from coaching_group g join coaching_member m on m.group_id = g.id
				where m.seeker_id = :seeker order by g.starts_on desc, g.name
				""").param("seeker", seeker.value()).query(CoachingStore::toGroup).list();
	}

	boolean isCoach(GroupId group, AccountId coach) {
		return this.jdbc
			.sql("select exists (select 1 from coaching_coach where group_id = :group and coach_id = :coach)")
			.param("group", group.value())
			.param("coach", coach.value())
			.query(Boolean.class)
			.single();
	}

	void addCoach(GroupId group, AccountId coach, Instant at) {
		this.jdbc.sql("""
				insert into coaching_coach (group_id, coach_id, added_at) values (:group, :coach, :at)
				on conflict do nothing
				""").param("group", group.value()).param("coach", coach.value()).param("at", utc(at)).update();
	}

	void removeCoach(GroupId group, AccountId coach) {
		this.jdbc.sql("delete from coaching_coach where group_id = :group and coach_id = :coach")
			.param("group", group.value())
			.param("coach", coach.value())
			.update();
	}

	List<Coach> coaches(GroupId group) {
		return this.jdbc.sql("""
				select a.id, a.display_name, a.email from coaching_coach c join account a on a.id = c.coach_id
				where c.group_id = :group order by c.added_at, a.display_name
				""")
			.param("group", group.value())
			.query((row, n) -> new Coach(accountId(row, "id"), row.getString("display_name"), row.getString("email")))
			.list();
	}

	Map<GroupId, Integer> memberCounts() {
		Map<GroupId, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("select group_id, count(*) as n from coaching_member group by group_id")
			.query((row, n) -> counts.put(new GroupId(row.getObject("group_id", UUID.class)), row.getInt("n")))
			.list();
		return counts;
	}

	// members and invitations

	boolean isMember(GroupId group, AccountId seeker) {
		return this.jdbc
			.sql("select exists (select 1 from coaching_member where group_id = :group and seeker_id = :seeker)")
			.param("group", group.value())
			.param("seeker", seeker.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * @return whether the seeker was not a member yet
	 */
	boolean addMember(GroupId group, AccountId seeker, Instant at) {
		return this.jdbc.sql("""
				insert into coaching_member (group_id, seeker_id, joined_at) values (:group, :seeker, :at)
				on conflict do nothing
				""").param("group", group.value()).param("seeker", seeker.value()).param("at", utc(at)).update() == 1;
	}

	List<Member> members(GroupId group) {
		return this.jdbc
			.sql("""
					select a.id, a.display_name, a.email, m.joined_at from coaching_member m join account a on a.id = m.seeker_id
					where m.group_id = :group order by lower(a.display_name), a.id
					""")
			.param("group", group.value())
			.query((row, n) -> new Member(accountId(row, "id"), row.getString("display_name"), row.getString("email"),
					row.getTimestamp("joined_at").toInstant()))
			.list();
	}

	void addInvitation(Invitation invitation, AccountId invitedBy, Instant at) {
		this.jdbc.sql("""
				insert into coaching_invitation (token, group_id, email, invited_by, created_at, expires_at)
				values (:token, :group, :email, :by, :at, :expires)
				""")
			.param("token", invitation.token())
			.param("group", invitation.group().value())
			.param("email", invitation.email())
			.param("by", invitedBy.value())
			.param("at", utc(at))
			.param("expires", utc(invitation.expiresAt()))
			.update();
	}

	Optional<Invitation> findInvitation(String token) {
		return this.jdbc.sql("select * from coaching_invitation where token = :token")
			.param("token", token)
			.query(CoachingStore::toInvitation)
			.optional();
	}

	List<Invitation> openInvitations(GroupId group) {
		return this.jdbc.sql("""
				select * from coaching_invitation where group_id = :group and accepted_at is null
				order by created_at desc
				""").param("group", group.value()).query(CoachingStore::toInvitation).list();
	}

	/**
	 * Marks the invitation used, unless it was used already.
	 * @return whether this call used it
	 */
	boolean acceptInvitation(String token, AccountId seeker, Instant at) {
		return this.jdbc.sql("""
				update coaching_invitation set accepted_by = :seeker, accepted_at = :at
				where token = :token and accepted_at is null
				""").param("token", token).param("seeker", seeker.value()).param("at", utc(at)).update() == 1;
	}

	// sessions and attendance

	void addSession(Session session, Instant at) {
		this.jdbc.sql("""
				insert into coaching_session (id, group_id, starts_at, place, online_link, topic, note, created_at)
				values (:id, :group, :startsAt, :place, :link, :topic, :note, :at)
				""")
			.param("id", session.id())
			.param("group", session.group().value())
			.param("startsAt", session.startsAt())
			.param("place", session.place())
			.param("link", session.onlineLink())
			.param("topic", session.topic())
			.param("note", session.note())
			.param("at", utc(at))
			.update();
	}

	List<Session> sessions(GroupId group) {
		return this.jdbc.sql("select * from coaching_session where group_id = :group order by starts_at, id")
			.param("group", group.value())
			.query(CoachingStore::toSession)
			.list();
	}

	Optional<Session> findSession(GroupId group, UUID id) {
		return this.jdbc.sql("select * from coaching_session where group_id = :group and id = :id")
			.param("group", group.value())
			.param("id", id)
			.query(CoachingStore::toSession)
			.optional();
	}

	void updateSessionNote(UUID session, String note) {
		this.jdbc.sql("update coaching_session set note = :note where id = :id")
			.param("id", session)
			.param("note", note)
			.update();
	}

	void setAttendance(UUID session, AccountId seeker, @Nullable AttendanceStatus status) {
		if (status == null) {
			this.jdbc.sql("delete from coaching_attendance where session_id = :session and seeker_id = :seeker")
				.param("session", session)
				.param("seeker", seeker.value())
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into coaching_attendance (session_id, seeker_id, status) values (:session, :seeker, :status)
				on conflict (session_id, seeker_id) do update set status = excluded.status
				""").param("session", session).param("seeker", seeker.value()).param("status", status.name()).update();
	}

	Map<AccountId, AttendanceStatus> attendance(UUID session) {
		Map<AccountId, AttendanceStatus> marks = new java.util.HashMap<>();
		this.jdbc.sql("select seeker_id, status from coaching_attendance where session_id = :session")
			.param("session", session)
			.query((row, n) -> marks.put(accountId(row, "seeker_id"),
					AttendanceStatus.valueOf(row.getString("status"))))
			.list();
		return marks;
	}

	/**
	 * @return every attendance mark of the group: session, member, status
	 */
	List<AttendanceMark> attendanceMarks(GroupId group) {
		return this.jdbc.sql("""
				select s.id, s.starts_at, a.seeker_id, a.status from coaching_attendance a
				join coaching_session s on s.id = a.session_id
				join coaching_member m on m.group_id = s.group_id and m.seeker_id = a.seeker_id
				where s.group_id = :group
				""")
			.param("group", group.value())
			.query((row, n) -> new AttendanceMark(row.getObject("id", UUID.class),
					row.getTimestamp("starts_at").toLocalDateTime(), accountId(row, "seeker_id"),
					AttendanceStatus.valueOf(row.getString("status"))))
			.list();
	}

	// goals, notes, outcomes

	void addGoal(Goal goal, Instant at) {
		this.jdbc.sql("""
				insert into coaching_goal (id, group_id, seeker_id, title, due_on, status, created_at)
				values (:id, :group, :seeker, :title, :dueOn, :status, :at)
				""")
			.param("id", goal.id())
			.param("group", goal.group().value())
			.param("seeker", goal.seeker().value())
			.param("title", goal.title())
			.param("dueOn", goal.dueOn())
			.param("status", goal.status().name())
			.param("at", utc(at))
			.update();
	}

	boolean setGoalStatus(GroupId group, AccountId seeker, UUID goal, GoalStatus status) {
		return this.jdbc.sql("""
				update coaching_goal set status = :status where id = :id and group_id = :group and seeker_id = :seeker
				""")
			.param("id", goal)
			.param("group", group.value())
			.param("seeker", seeker.value())
			.param("status", status.name())
			.update() == 1;
	}

	List<Goal> goals(GroupId group) {
		return this.jdbc
			.sql("select * from coaching_goal where group_id = :group order by due_on nulls last, created_at")
			.param("group", group.value())
			.query(CoachingStore::toGoal)
			.list();
	}

	List<Goal> goalsOf(AccountId seeker) {
		return this.jdbc
			.sql("select * from coaching_goal where seeker_id = :seeker order by due_on nulls last, created_at")
			.param("seeker", seeker.value())
			.query(CoachingStore::toGoal)
			.list();
	}

	void addNote(UUID id, GroupId group, AccountId seeker, AccountId author, String text, Instant at) {
		this.jdbc.sql("""
				insert into coaching_note (id, group_id, seeker_id, author_id, text, created_at)
				values (:id, :group, :seeker, :author, :text, :at)
				""")
			.param("id", id)
			.param("group", group.value())
			.param("seeker", seeker.value())
			.param("author", author.value())
			.param("text", text)
			.param("at", utc(at))
			.update();
	}

	/**
	 * @param seeker whose notes, or {@code null} for the notes about every member
	 */
	List<FollowUpNote> notes(GroupId group, @Nullable AccountId seeker) {
		return this.jdbc.sql("""
				select n.id, n.seeker_id, coalesce(a.display_name, '') as author, n.text, n.created_at
				from coaching_note n left join account a on a.id = n.author_id
				where n.group_id = :group and (cast(:seeker as uuid) is null or n.seeker_id = :seeker)
				order by n.created_at desc, n.id
				""")
			.param("group", group.value())
			.param("seeker", (seeker != null) ? seeker.value() : null)
			.query((row, n) -> new FollowUpNote(row.getObject("id", UUID.class), accountId(row, "seeker_id"),
					row.getString("author"), row.getString("text"), row.getTimestamp("created_at").toInstant()))
			.list();
	}

	List<FollowUpNote> notesAbout(AccountId seeker) {
		return this.jdbc.sql("""
				select id, seeker_id, '' as author, text, created_at from coaching_note
				where seeker_id = :seeker order by created_at
				""")
			.param("seeker", seeker.value())
			.query((row, n) -> new FollowUpNote(row.getObject("id", UUID.class), accountId(row, "seeker_id"),
					row.getString("author"), row.getString("text"), row.getTimestamp("created_at").toInstant()))
			.list();
	}

	void addOutcome(Outcome outcome, AccountId enteredBy, Instant at) {
		this.jdbc
			.sql("""
					insert into coaching_outcome (id, group_id, seeker_id, kind, employer, country, occurred_on, entered_by, created_at)
					values (:id, :group, :seeker, :kind, :employer, :country, :occurredOn, :by, :at)
					""")
			.param("id", outcome.id())
			.param("group", outcome.group().value())
			.param("seeker", outcome.seeker().value())
			.param("kind", outcome.kind().name())
			.param("employer", outcome.employer())
			.param("country", outcome.country().name())
			.param("occurredOn", outcome.occurredOn())
			.param("by", enteredBy.value())
			.param("at", utc(at))
			.update();
	}

	List<Outcome> outcomes(GroupId group) {
		return this.jdbc.sql("""
				select *, entered_by = seeker_id as by_member from coaching_outcome where group_id = :group
				order by occurred_on desc, created_at desc
				""").param("group", group.value()).query(CoachingStore::toOutcome).list();
	}

	List<Outcome> outcomesOf(AccountId seeker) {
		return this.jdbc.sql("""
				select *, entered_by = seeker_id as by_member from coaching_outcome where seeker_id = :seeker
				order by occurred_on desc, created_at desc
				""").param("seeker", seeker.value()).query(CoachingStore::toOutcome).list();
	}

	/**
	 * @return the member's attendance in every group: session, status
	 */
	List<AttendanceMark> attendanceOf(AccountId seeker) {
		return this.jdbc.sql("""
				select s.id, s.starts_at, a.seeker_id, a.status from coaching_attendance a
				join coaching_session s on s.id = a.session_id where a.seeker_id = :seeker order by s.starts_at
				""")
			.param("seeker", seeker.value())
			.query((row, n) -> new AttendanceMark(row.getObject("id", UUID.class),
					row.getTimestamp("starts_at").toLocalDateTime(), accountId(row, "seeker_id"),
					AttendanceStatus.valueOf(row.getString("status"))))
			.list();
	}

	// erasure

	/**
	 * Erases what the coaching tables keep about a person who is not a coach: memberships
	 * (and with them goals, notes and outcomes), attendance and the invitations sent to
	 * their address. The account's own deletion would cascade most of it; this also
	 * covers the invitations, which only hold the address.
	 */
	void erase(AccountId account) {
		String email = this.jdbc.sql("select email from account where id = :account")
			.param("account", account.value())
			.query(String.class)
			.optional()
			.orElse("");
		this.jdbc.sql("delete from coaching_attendance where seeker_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from coaching_member where seeker_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from coaching_invitation where lower(email) = lower(:email) or accepted_by = :account")
			.param("email", email)
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from coaching_coach where coach_id = :account")
			.param("account", account.value())
			.update();
	}

	private static CoachingGroup toGroup(ResultSet row, int n) throws SQLException {
		return new CoachingGroup(new GroupId(row.getObject("id", UUID.class)), row.getString("name"),
				row.getString("description"), strings(row.getArray("languages")),
				row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
				strings(row.getArray("target_countries")).stream().map(Country::valueOf).toList(),
				row.getTimestamp("created_at").toInstant());
	}

	private static Invitation toInvitation(ResultSet row, int n) throws SQLException {
		Timestamp accepted = row.getTimestamp("accepted_at");
		return new Invitation(row.getString("token"), new GroupId(row.getObject("group_id", UUID.class)),
				row.getString("email"), row.getTimestamp("expires_at").toInstant(),
				(accepted != null) ? accepted.toInstant() : null);
	}

	private static Session toSession(ResultSet row, int n) throws SQLException {
		return new Session(row.getObject("id", UUID.class), new GroupId(row.getObject("group_id", UUID.class)),
				row.getObject("starts_at", LocalDateTime.class), row.getString("place"), row.getString("online_link"),
				row.getString("topic"), row.getString("note"));
	}

	private static Goal toGoal(ResultSet row, int n) throws SQLException {
		return new Goal(row.getObject("id", UUID.class), new GroupId(row.getObject("group_id", UUID.class)),
				accountId(row, "seeker_id"), row.getString("title"), row.getObject("due_on", LocalDate.class),
				GoalStatus.valueOf(row.getString("status")));
	}

	private static Outcome toOutcome(ResultSet row, int n) throws SQLException {
		return new Outcome(row.getObject("id", UUID.class), new GroupId(row.getObject("group_id", UUID.class)),
				accountId(row, "seeker_id"), OutcomeKind.valueOf(row.getString("kind")), row.getString("employer"),
				Country.valueOf(row.getString("country")), row.getObject("occurred_on", LocalDate.class),
				row.getBoolean("by_member"));
	}

	private static AccountId accountId(ResultSet row, String column) throws SQLException {
		return new AccountId(row.getObject(column, UUID.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * One member's attendance at one session.
	 */
	record AttendanceMark(UUID session, LocalDateTime startsAt, AccountId seeker, AttendanceStatus status) {

	}

}
