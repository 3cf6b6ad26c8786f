package io.arcticmatch.web.employers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.matching.CandidateMatcher;
import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seekers an opening suits, and the invitations to apply that employers send them.
 * Only seekers whose consent to being shown to employers holds now are matched, shown or
 * invited; a withdrawn consent takes a seeker off every list at once.
 */
@Service
public class Candidates {

	private final JdbcClient jdbc;

	private final Openings openings;

	private final CandidatePool pool;

	private final Consents consents;

	private final CandidateMatcher matcher;

	private final AccountService accounts;

	private final PreferredLanguages languages;

	private final Employers employers;

	private final EmployerMails mails;

	private final EmployersSettings settings;

	private final Clock clock;

	Candidates(JdbcClient jdbc, Openings openings, CandidatePool pool, Consents consents, CandidateMatcher matcher,
			AccountService accounts, PreferredLanguages languages, Employers employers, EmployerMails mails,
			EmployersSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.openings = openings;
		this.pool = pool;
		this.consents = consents;
		this.matcher = matcher;
		this.accounts = accounts;
		this.languages = languages;
		this.employers = employers;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param account an employer user
	 * @param openingId one of the organisation's openings
	 * @return the best matched consenting seekers, best first
	 */
	public List<MatchedCandidate> top(Account account, UUID openingId) {
		Opening opening = this.openings.get(account, openingId);
		JobPosting posting = this.openings.posting(opening);
		Map<UUID, Invitation> invited = invitationsOf(openingId).stream()
			.collect(Collectors.toMap(Invitation::seeker, Function.identity()));
		return this.matcher.topCandidates(posting, this.pool.current(), this.settings.candidates())
			.stream()
			.flatMap((match) -> {
				UUID seeker = UUID.fromString(match.candidateId());
				return this.accounts.find(new AccountId(seeker))
					.map((found) -> new MatchedCandidate(seeker, found.displayName(), match.score(),
							invited.get(seeker)))
					.stream();
			})
			.toList();
	}

	/**
	 * Invites a consenting seeker to apply for an opening and tells them by mail.
	 * @param account the employer user inviting
	 * @param openingId one of the organisation's openings
	 * @param seeker the seeker
	 * @param message a note to the seeker, may be blank
	 * @param locale the language of the mail when the seeker's own is not known
	 * @return whether the seeker was not invited to it before
	 * @throws NotFound when the opening is not the organisation's or the seeker has not
	 * consented
	 */
	@Transactional
	public boolean invite(Account account, UUID openingId, UUID seeker, String message, Locale locale) {
		Opening opening = this.openings.get(account, openingId);
		Account invited = this.accounts.find(new AccountId(seeker))
			.filter((found) -> found.role() == Role.SEEKER)
			.filter((found) -> this.consents.isGiven(found.id(), ConsentPurpose.EMPLOYERS))
			.orElseThrow(() -> new NotFound("candidate " + seeker));
		int added = this.jdbc.sql("""
				insert into employers_candidate_invitation (id, opening_id, seeker_id, invited_by, message, invited_at)
				values (:id, :opening, :seeker, :by, :message, :now)
				on conflict (opening_id, seeker_id) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("opening", openingId)
			.param("seeker", seeker)
			.param("by", account.id().value())
			.param("message", message.isBlank() ? null : message.strip())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		if (added > 0) {
			Employer employer = this.employers.find(opening.employer()).orElseThrow();
			this.mails.send(invited.email(), this.languages.of(invited.id()).orElse(locale),
					"employers.mail.invitation", employer.name(), opening.details().title(),
					message.isBlank() ? "-" : message.strip(), this.mails.link("/seeker/invitations"));
		}
		return added > 0;
	}

	/**
	 * @param seeker a seeker
	 * @return the invitations the seeker got, newest first
	 */
	public List<ReceivedInvitation> received(Account seeker) {
		return this.jdbc.sql("""
				select i.*, o.title, o.status as opening_status, e.name as employer_name
				from employers_candidate_invitation i
				join employers_opening o on o.id = i.opening_id
				join employers_employer e on e.id = o.employer_id
				where i.seeker_id = :seeker order by i.invited_at desc
				""").param("seeker", seeker.id().value()).query((row, n) -> {
			Invitation invitation = invitation(row, n);
			return new ReceivedInvitation(invitation, row.getString("title"), row.getString("employer_name"),
					OpeningStatus.valueOf(row.getString("opening_status")));
		}).list();
	}

	/**
	 * A seeker answers an invitation; the employer user who sent it is told by mail.
	 * @param seeker the seeker
	 * @param invitationId one of the seeker's invitations
	 * @param yes whether the seeker is interested
	 * @param message a note to the employer, may be blank
	 * @throws NotFound when it is not the seeker's invitation
	 */
	@Transactional
	public void answer(Account seeker, UUID invitationId, boolean yes, String message) {
		Optional<Invitation> answered = this.jdbc.sql("""
				update employers_candidate_invitation
				set answer = :answer, answer_message = :message, answered_at = :now
				where id = :id and seeker_id = :seeker
				returning *
				""")
			.param("answer", yes ? "YES" : "NO")
			.param("message", message.isBlank() ? null : message.strip())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", invitationId)
			.param("seeker", seeker.id().value())
			.query(Candidates::invitation)
			.optional();
		Invitation invitation = answered.orElseThrow(() -> new NotFound("invitation " + invitationId));
		Opening opening = this.openings.find(invitation.opening()).orElseThrow();
		Employer employer = this.employers.find(opening.employer()).orElseThrow();
		Optional.ofNullable(invitation.invitedBy())
			.flatMap((by) -> this.accounts.find(new AccountId(by)))
			.ifPresent((by) -> this.mails.send(by.email(), employer.locale(),
					yes ? "employers.mail.answerYes" : "employers.mail.answerNo", seeker.displayName(),
					opening.details().title(), message.isBlank() ? "-" : message.strip(),
					this.mails.link("/employer/openings/" + opening.id() + "/candidates")));
	}

	private List<Invitation> invitationsOf(UUID opening) {
		return this.jdbc.sql("select * from employers_candidate_invitation where opening_id = :opening")
			.param("opening", opening)
			.query(Candidates::invitation)
			.list();
	}

	private static Invitation invitation(ResultSet row, int n) throws SQLException {
		String answer = row.getString("answer");
		return new Invitation(row.getObject("id", UUID.class), row.getObject("opening_id", UUID.class),
				row.getObject("seeker_id", UUID.class), row.getObject("invited_by", UUID.class),
				row.getString("message"), row.getTimestamp("invited_at").toInstant(),
				(answer != null) ? answer.equals("YES") : null, row.getString("answer_message"));
	}

	/**
	 * A seeker matched to an opening.
	 *
	 * @param seeker the seeker's account id
	 * @param name the seeker's name
	 * @param score how well the seeker suits the opening, with the reasons
	 * @param invitation the invitation sent for this opening, if any
	 */
	public record MatchedCandidate(UUID seeker, String name, MatchScore score, @Nullable Invitation invitation) {

	}

	/**
	 * An invitation to apply.
	 *
	 * @param id its id
	 * @param opening the opening
	 * @param seeker the seeker invited
	 * @param invitedBy the employer user who invited, if the account still exists
	 * @param message the employer's note
	 * @param invitedAt when
	 * @param interested the seeker's answer, null before answering
	 * @param answerMessage the seeker's note
	 */
	public record Invitation(UUID id, UUID opening, UUID seeker, @Nullable UUID invitedBy, @Nullable String message,
			Instant invitedAt, @Nullable Boolean interested, @Nullable String answerMessage) {

	}

	/**
	 * An invitation as the seeker sees it.
	 *
	 * @param invitation the invitation
	 * @param title the opening's title
	 * @param employer the organisation's name
	 * @param openingStatus whether the opening is still open
	 */
	public record ReceivedInvitation(Invitation invitation, String title, String employer,
			OpeningStatus openingStatus) {

	}

}
