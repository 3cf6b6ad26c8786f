package io.arcticmatch.web.coaching;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.matching.PostingMatch;
import io.arcticmatch.matcher.matching.PostingMatcher;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.mail.Mailer;
import io.arcticmatch.web.mail.OutgoingMail;
import io.arcticmatch.web.profiles.SeekerProfiles;
import io.arcticmatch.web.profiles.StoredProfile;
import io.arcticmatch.web.mail.PublicAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything coaches and members do with coaching groups, with the access rules: a coach
 * reaches only the groups they coach, an administrator every group, a member only their
 * own part of their own groups. Whatever the asker may not reach answers
 * {@link GroupNotFound}, as if it did not exist.
 */
@Service
public class CoachingService {

	private static final int MATCHES = 10;

	private final CoachingStore store;

	private final AccountService accounts;

	private final PreferredLanguages languages;

	private final Consents consents;

	private final SeekerProfiles profiles;

	private final PostingMatcher matcher;

	private final Mailer mailer;

	private final MessageSource messages;

	private final CoachingSettings settings;

	private final PublicAddress address;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CoachingService(CoachingStore store, AccountService accounts, Consents consents, SeekerProfiles profiles,
			PostingMatcher matcher, Mailer mailer, MessageSource messages, CoachingSettings settings,
			PublicAddress address, PreferredLanguages languages, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.consents = consents;
		this.profiles = profiles;
		this.matcher = matcher;
		this.mailer = mailer;
		this.messages = messages;
		this.settings = settings;
		this.address = address;
		this.languages = languages;
		this.clock = clock;
	}

	// groups

	/**
	 * @return the groups the account coaches; every group for an administrator
	 */
	public List<GroupSummary> groupsFor(Account viewer) {
		List<CoachingGroup> groups = (viewer.role() == Role.ADMIN) ? this.store.allGroups()
				: this.store.groupsCoachedBy(viewer.id());
		Map<GroupId, Integer> counts = this.store.memberCounts();
		return groups.stream().map((group) -> new GroupSummary(group, counts.getOrDefault(group.id(), 0))).toList();
	}

	/**
	 * Makes a group with its maker as its first coach.
	 */
	@Transactional
	public GroupId create(Account coach, GroupDetails details) {
		requireCoachOrAdmin(coach);
		CoachingGroup group = new CoachingGroup(GroupId.random(), details.name(), details.description(),
				details.languages(), details.startsOn(), details.endsOn(), details.targetCountries(),
				this.clock.instant());
		this.store.addGroup(group);
		this.store.addCoach(group.id(), coach.id(), this.clock.instant());
		return group.id();
	}

	@Transactional
	public void update(Account viewer, GroupId id, GroupDetails details) {
		CoachingGroup group = group(viewer, id);
		this.store.updateGroup(new CoachingGroup(group.id(), details.name(), details.description(), details.languages(),
				details.startsOn(), details.endsOn(), details.targetCountries(), group.createdAt()));
	}

	/**
	 * @throws GroupNotFound unless the viewer coaches the group or is an administrator
	 */
	public CoachingGroup group(Account viewer, GroupId id) {
		CoachingGroup group = this.store.findGroup(id).orElseThrow(GroupNotFound::new);
		if (viewer.role() == Role.ADMIN || (viewer.role() == Role.COACH && this.store.isCoach(id, viewer.id()))) {
			return group;
		}
		throw new GroupNotFound();
	}

	public List<Coach> coaches(Account viewer, GroupId id) {
		group(viewer, id);
		return this.store.coaches(id);
	}

	/**
	 * Adds a coach to the group by the e-mail of their coach account.
	 */
	@Transactional
	public CoachChange addCoach(Account viewer, GroupId id, String email) {
		group(viewer, id);
		Optional<Account> coach = this.accounts.findByEmail(email.strip()).filter((a) -> a.role() == Role.COACH);
		if (coach.isEmpty()) {
			return CoachChange.NO_SUCH_COACH;
		}
		this.store.addCoach(id, coach.get().id(), this.clock.instant());
		return CoachChange.DONE;
	}

	/**
	 * Hands the group over from the viewer to another coach: the other coach is added and
	 * the viewer leaves. Other coaches of the group stay.
	 */
	@Transactional
	public CoachChange handOver(Account viewer, GroupId id, String email) {
		group(viewer, id);
		Optional<Account> coach = this.accounts.findByEmail(email.strip()).filter((a) -> a.role() == Role.COACH);
		if (coach.isEmpty()) {
			return CoachChange.NO_SUCH_COACH;
		}
		if (coach.get().id().equals(viewer.id())) {
			return CoachChange.SAME_COACH;
		}
		this.store.addCoach(id, coach.get().id(), this.clock.instant());
		this.store.removeCoach(id, viewer.id());
		return CoachChange.DONE;
	}

	/**
	 * Takes a coach off the group; the last coach stays, so that no group is left alone.
	 */
	@Transactional
	public CoachChange removeCoach(Account viewer, GroupId id, AccountId coach) {
		group(viewer, id);
		List<Coach> coaches = this.store.coaches(id);
		if (coaches.stream().noneMatch((c) -> c.account().equals(coach))) {
			return CoachChange.NO_SUCH_COACH;
		}
		if (coaches.size() == 1) {
			return CoachChange.LAST_COACH;
		}
		this.store.removeCoach(id, coach);
		return CoachChange.DONE;
	}

	// members

	public List<Member> members(Account viewer, GroupId id) {
		group(viewer, id);
		return this.store.members(id);
	}

	/**
	 * @throws GroupNotFound also when the seeker is not a member of the group
	 */
	public Member member(Account viewer, GroupId id, AccountId seeker) {
		group(viewer, id);
		return this.store.members(id)
			.stream()
			.filter((member) -> member.seeker().equals(seeker))
			.findFirst()
			.orElseThrow(GroupNotFound::new);
	}

	/**
	 * Adds a seeker who has an account, by its e-mail. They see the group under their
	 * groups and decide there whether to share their profile.
	 */
	@Transactional
	public MemberAdded addMember(Account viewer, GroupId id, String email) {
		group(viewer, id);
		Optional<Account> seeker = this.accounts.findByEmail(email.strip()).filter((a) -> a.role() == Role.SEEKER);
		if (seeker.isEmpty()) {
			return MemberAdded.NO_SUCH_SEEKER;
		}
		return this.store.addMember(id, seeker.get().id(), this.clock.instant()) ? MemberAdded.ADDED
				: MemberAdded.ALREADY_MEMBER;
	}

	/**
	 * Sends an invitation link by e-mail, in the language the invited person last used
	 * the pages in when they have an account.
	 * @param locale the language of the mail when the invited person's is not known
	 * @throws io.arcticmatch.web.mail.MailDeliveryFailed when the mail could not be sent;
	 * no invitation is kept then
	 */
	@Transactional
	public Invitation invite(Account viewer, GroupId id, String email, Locale locale) {
		CoachingGroup group = group(viewer, id);
		byte[] secret = new byte[24];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		Invitation invitation = new Invitation(token, id, email.strip(), now.plus(this.settings.invitationValidity()),
				null);
		this.store.addInvitation(invitation, viewer.id(), now);
		String link = this.address.link("/invitations/coaching/" + token);
		Locale language = this.accounts.findByEmail(invitation.email())
			.flatMap((invited) -> this.languages.of(invited.id()))
			.orElse(locale);
		String until = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.LONG, null)
			.toFormatter(language)
			.format(invitation.expiresAt().atZone(this.settings.timeZone()));
		String subject = this.messages.getMessage("coaching.invitationMail.subject", new Object[] { group.name() },
				language);
		String text = this.messages.getMessage("coaching.invitationMail.text",
				new Object[] { viewer.displayName(), group.name(), link, until }, language);
		this.mailer.send(OutgoingMail.text(invitation.email(), subject, text));
		return invitation;
	}

	public List<Invitation> openInvitations(Account viewer, GroupId id) {
		group(viewer, id);
		return this.store.openInvitations(id);
	}

	/**
	 * What an invitation link shows before anyone signs in: the group's name and dates,
	 * nothing about its members.
	 */
	public Optional<InvitationView> invitation(String token) {
		return this.store.findInvitation(token)
			.flatMap((invitation) -> this.store.findGroup(invitation.group())
				.map((group) -> new InvitationView(invitation, group, this.store.coaches(group.id()),
						invitationState(invitation))));
	}

	/**
	 * Lets a seeker join a group with an invitation's token.
	 * @param shareProfile whether they also give coaches consent to see their profile
	 */
	@Transactional
	public JoinResult join(Account seeker, String token, boolean shareProfile) {
		Optional<Invitation> found = this.store.findInvitation(token);
		if (found.isEmpty() || seeker.role() != Role.SEEKER) {
			return JoinResult.INVALID;
		}
		Invitation invitation = found.get();
		if (this.store.isMember(invitation.group(), seeker.id())) {
			return JoinResult.ALREADY_MEMBER;
		}
		InvitationState state = invitationState(invitation);
		if (state != InvitationState.OPEN) {
			return (state == InvitationState.USED) ? JoinResult.USED : JoinResult.EXPIRED;
		}
		if (!this.store.acceptInvitation(token, seeker.id(), this.clock.instant())) {
			return JoinResult.USED;
		}
		this.store.addMember(invitation.group(), seeker.id(), this.clock.instant());
		if (shareProfile) {
			this.consents.give(seeker.id(), ConsentPurpose.COACHES);
		}
		return JoinResult.JOINED;
	}

	private InvitationState invitationState(Invitation invitation) {
		if (invitation.acceptedAt() != null) {
			return InvitationState.USED;
		}
		return invitation.expiresAt().isBefore(this.clock.instant()) ? InvitationState.EXPIRED : InvitationState.OPEN;
	}

	/**
	 * All a coach sees about one member. The profile and matches only with the member's
	 * consent for coaches.
	 */
	public MemberFile memberFile(Account viewer, GroupId id, AccountId seeker) {
		Member member = member(viewer, id, seeker);
		boolean shared = this.consents.isGiven(seeker, ConsentPurpose.COACHES);
		@Nullable StoredProfile profile = shared ? this.profiles.find(seeker).orElse(null) : null;
		List<PostingMatch> matches = (profile != null) ? this.matcher.topMatches(profile.profile(), MATCHES)
				: List.of();
		List<Goal> goals = this.store.goals(id).stream().filter((goal) -> goal.seeker().equals(seeker)).toList();
		List<Outcome> outcomes = this.store.outcomes(id)
			.stream()
			.filter((outcome) -> outcome.seeker().equals(seeker))
			.toList();
		List<SessionAttendance> attendance = attendanceOf(id, seeker);
		return new MemberFile(member, shared, profile, matches, goals, this.store.notes(id, seeker), outcomes,
				attendance);
	}

	private List<SessionAttendance> attendanceOf(GroupId id, AccountId seeker) {
		Map<UUID, AttendanceStatus> marks = new HashMap<>();
		this.store.attendanceOf(seeker).forEach((mark) -> marks.put(mark.session(), mark.status()));
		return this.store.sessions(id)
			.stream()
			.map((session) -> new SessionAttendance(session, marks.get(session.id())))
			.toList();
	}

	// goals, notes, outcomes

	@Transactional
	public void addGoal(Account viewer, GroupId id, AccountId seeker, String title, @Nullable LocalDate dueOn) {
		member(viewer, id, seeker);
		this.store.addGoal(new Goal(UUID.randomUUID(), id, seeker, title.strip(), dueOn, GoalStatus.OPEN),
				this.clock.instant());
	}

	@Transactional
	public void setGoalStatus(Account viewer, GroupId id, AccountId seeker, UUID goal, GoalStatus status) {
		member(viewer, id, seeker);
		if (!this.store.setGoalStatus(id, seeker, goal, status)) {
			throw new GroupNotFound();
		}
	}

	@Transactional
	public void addNote(Account viewer, GroupId id, AccountId seeker, String text) {
		member(viewer, id, seeker);
		this.store.addNote(UUID.randomUUID(), id, seeker, viewer.id(), text.strip(), this.clock.instant());
	}

	/**
	 * @return every follow-up note of the group, newest first; for its coaches only
	 */
	public List<FollowUpNote> notes(Account viewer, GroupId id) {
		group(viewer, id);
		return this.store.notes(id, null);
	}

	/**
	 * A coach logs an outcome for a member.
	 */
	@Transactional
	public void addOutcome(Account viewer, GroupId id, AccountId seeker, OutcomeEntry entry) {
		member(viewer, id, seeker);
		this.store.addOutcome(entry.toOutcome(id, seeker), viewer.id(), this.clock.instant());
	}

	/**
	 * A member logs an outcome of their own.
	 */
	@Transactional
	public void addOwnOutcome(Account seeker, GroupId id, OutcomeEntry entry) {
		requireMember(seeker, id);
		this.store.addOutcome(entry.toOutcome(id, seeker.id()), seeker.id(), this.clock.instant());
	}

	// sessions

	public List<Session> sessions(Account viewer, GroupId id) {
		group(viewer, id);
		return this.store.sessions(id);
	}

	@Transactional
	public UUID planSession(Account viewer, GroupId id, LocalDateTime startsAt, String place, String onlineLink,
			String topic) {
		group(viewer, id);
		UUID session = UUID.randomUUID();
		this.store.addSession(new Session(session, id, startsAt, place.strip(), onlineLink.strip(), topic.strip(), ""),
				this.clock.instant());
		return session;
	}

	public Session session(Account viewer, GroupId id, UUID session) {
		group(viewer, id);
		return this.store.findSession(id, session).orElseThrow(GroupNotFound::new);
	}

	/**
	 * @return the members with their mark at the session ({@code null} when unmarked)
	 */
	public Map<AccountId, AttendanceStatus> attendance(Account viewer, GroupId id, UUID session) {
		session(viewer, id, session);
		return this.store.attendance(session);
	}

	/**
	 * Records the marks of one session; members without a mark in the map are left
	 * unmarked, marks of people who are not members are ignored.
	 */
	@Transactional
	public void recordAttendance(Account viewer, GroupId id, UUID session,
			Map<AccountId, @Nullable AttendanceStatus> marks) {
		session(viewer, id, session);
		for (Member member : this.store.members(id)) {
			if (marks.containsKey(member.seeker())) {
				this.store.setAttendance(session, member.seeker(), marks.get(member.seeker()));
			}
		}
	}

	@Transactional
	public void saveSessionNote(Account viewer, GroupId id, UUID session, String note) {
		session(viewer, id, session);
		this.store.updateSessionNote(session, note.strip());
	}

	// dashboard and indicators

	public Indicators indicators(Account viewer, GroupId id) {
		CoachingGroup group = group(viewer, id);
		return indicators(group);
	}

	private Indicators indicators(CoachingGroup group) {
		return Indicators.of(group, this.store.members(group.id()), this.store.sessions(group.id()),
				this.store.attendanceMarks(group.id()), this.store.outcomes(group.id()), now(),
				this.settings.timeZone());
	}

	/**
	 * Each member's progress at a glance: goals reached, attendance, outcomes, and
	 * whether they share their profile.
	 */
	public List<MemberProgress> progress(Account viewer, GroupId id) {
		group(viewer, id);
		List<Goal> goals = this.store.goals(id);
		List<CoachingStore.AttendanceMark> marks = this.store.attendanceMarks(id);
		List<Outcome> outcomes = this.store.outcomes(id);
		List<MemberProgress> progress = new ArrayList<>();
		for (Member member : this.store.members(id)) {
			AccountId seeker = member.seeker();
			List<Goal> own = goals.stream().filter((goal) -> goal.seeker().equals(seeker)).toList();
			Attendance attendance = Attendance.NONE;
			for (CoachingStore.AttendanceMark mark : marks) {
				if (mark.seeker().equals(seeker)) {
					attendance = attendance.plus(mark.status());
				}
			}
			Counts counts = Counts.ZERO;
			for (Outcome outcome : outcomes) {
				if (outcome.seeker().equals(seeker)) {
					counts = counts.plus(outcome.kind());
				}
			}
			progress
				.add(new MemberProgress(member, (int) own.stream().filter((g) -> g.status() == GoalStatus.DONE).count(),
						own.size(), attendance, counts, this.consents.isGiven(seeker, ConsentPurpose.COACHES)));
		}
		return progress;
	}

	/**
	 * The programme indicators as CSV (UTF-8 with a byte order mark).
	 */
	public byte[] indicatorsCsv(Account viewer, GroupId id, Locale locale) {
		CoachingGroup group = group(viewer, id);
		List<String> header = IndicatorsCsv.COLUMNS.stream()
			.map((column) -> this.messages.getMessage("coaching.csv." + column, null, locale))
			.toList();
		return IndicatorsCsv.write(group.name(), indicators(group), header, this.settings.csvDelimiter());
	}

	// the member's side

	public List<CoachingGroup> groupsOfMember(Account seeker) {
		return this.store.groupsOfMember(seeker.id());
	}

	/**
	 * What a member sees of one of their groups: never the follow-up notes.
	 * @throws GroupNotFound unless they are a member
	 */
	public MemberView memberView(Account seeker, GroupId id) {
		CoachingGroup group = requireMember(seeker, id);
		List<Goal> goals = this.store.goals(id).stream().filter((goal) -> goal.seeker().equals(seeker.id())).toList();
		List<Outcome> outcomes = this.store.outcomes(id)
			.stream()
			.filter((outcome) -> outcome.seeker().equals(seeker.id()))
			.toList();
		return new MemberView(group, this.store.coaches(id), attendanceOf(id, seeker.id()), goals, outcomes);
	}

	private CoachingGroup requireMember(Account seeker, GroupId id) {
		if (seeker.role() != Role.SEEKER || !this.store.isMember(id, seeker.id())) {
			throw new GroupNotFound();
		}
		return this.store.findGroup(id).orElseThrow(GroupNotFound::new);
	}

	private void requireCoachOrAdmin(Account account) {
		if (account.role() != Role.COACH && account.role() != Role.ADMIN) {
			throw new GroupNotFound();
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), this.settings.timeZone());
	}

}
