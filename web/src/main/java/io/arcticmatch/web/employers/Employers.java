package io.arcticmatch.web.employers;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their users: registration, an administrator's decision, colleagues
 * invited by mail.
 */
@Service
public class Employers {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final EmployerMails mails;

	private final EmployersSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Employers(JdbcClient jdbc, AccountService accounts, EmployerMails mails, EmployersSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mails = mails;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers an organisation with its first user, who gets an employer account. The
	 * organisation waits for an administrator.
	 * @param registration what the registration page collected, with a checked number
	 * @param locale the language it was filled in
	 * @return the new organisation
	 * @throws OrganisationAlreadyRegistered when the number is registered already
	 * @throws io.arcticmatch.web.accounts.EmailAlreadyRegistered when the address has an
	 * account
	 */
	@Transactional
	public Employer register(Registration registration, Locale locale) {
		Instant now = this.clock.instant();
		Employer employer = new Employer(UUID.randomUUID(), registration.organisation().strip(), registration.country(),
				registration.orgNumber(), EmployerStatus.PENDING, null, locale.getLanguage(), now);
		try {
			this.jdbc.sql("""
					insert into employers_employer (id, name, country, org_number, status, language, registered_at)
					values (:id, :name, :country, :orgNumber, 'PENDING', :language, :now)
					""")
				.param("id", employer.id())
				.param("name", employer.name())
				.param("country", employer.country().name())
				.param("orgNumber", employer.orgNumber())
				.param("language", employer.language())
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new OrganisationAlreadyRegistered(employer.country(), employer.orgNumber());
		}
		AccountId user = this.accounts.open(new NewAccount(registration.email(), registration.displayName(),
				registration.password(), Role.EMPLOYER));
		addMember(employer.id(), user, now);
		return employer;
	}

	/**
	 * @param id an organisation
	 * @return it, if registered
	 */
	public Optional<Employer> find(UUID id) {
		return this.jdbc.sql("select * from employers_employer where id = :id")
			.param("id", id)
			.query(Employers::employer)
			.optional();
	}

	/**
	 * @param account an employer user
	 * @return the organisation the user belongs to
	 */
	public Optional<Employer> of(Account account) {
		return this.jdbc.sql("""
				select e.* from employers_employer e join employers_member m on m.employer_id = e.id
				where m.account_id = :account
				""").param("account", account.id().value()).query(Employers::employer).optional();
	}

	/**
	 * @return how many organisations have registered
	 */
	public long count() {
		return this.jdbc.sql("select count(*) from employers_employer").query(Long.class).single();
	}

	/**
	 * @param offset how many to skip
	 * @param limit the most to return
	 * @return registered organisations, those waiting for a decision first, then the
	 * newest
	 */
	public List<Employer> page(int offset, int limit) {
		return this.jdbc.sql("""
				select * from employers_employer
				order by case status when 'PENDING' then 0 else 1 end, registered_at desc, name, id
				offset :offset limit :limit
				""").param("offset", offset).param("limit", limit).query(Employers::employer).list();
	}

	/**
	 * @param employer an organisation
	 * @return its users, in the order they joined
	 */
	public List<Account> members(UUID employer) {
		return this.jdbc.sql("select account_id from employers_member where employer_id = :employer order by joined_at")
			.param("employer", employer)
			.query((row, n) -> new AccountId(row.getObject("account_id", UUID.class)))
			.list()
			.stream()
			.flatMap((id) -> this.accounts.find(id).stream())
			.toList();
	}

	/**
	 * Approves an organisation: its openings are published and its users are told.
	 * @param id the organisation
	 * @return whether it was waiting or rejected before
	 */
	@Transactional
	public boolean approve(UUID id) {
		return decide(id, EmployerStatus.APPROVED, null);
	}

	/**
	 * Rejects an organisation; its openings stay unpublished and its users are told why.
	 * @param id the organisation
	 * @param reason why, shown to the organisation
	 * @return whether it changed
	 */
	@Transactional
	public boolean reject(UUID id, String reason) {
		return decide(id, EmployerStatus.REJECTED, reason.strip());
	}

	private boolean decide(UUID id, EmployerStatus status, @Nullable String reason) {
		int changed = this.jdbc.sql("""
				update employers_employer set status = :status, rejection_reason = :reason, decided_at = :now
				where id = :id and status <> :status
				""")
			.param("status", status.name())
			.param("reason", reason)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
		if (changed == 0) {
			return false;
		}
		Employer employer = find(id).orElseThrow();
		this.events.publishEvent(new EmployerDecided(employer));
		for (Account member : members(id)) {
			if (status == EmployerStatus.APPROVED) {
				this.mails.send(member.email(), employer.locale(), "employers.mail.approved", employer.name(),
						this.mails.link("/employer/openings"));
			}
			else {
				this.mails.send(member.email(), employer.locale(), "employers.mail.rejected", employer.name(), reason);
			}
		}
		return true;
	}

	/**
	 * Invites a colleague to join the inviter's organisation by a link sent by mail.
	 * @param inviter an employer user
	 * @param email the colleague's address
	 * @param locale the language of the mail
	 * @return the invitation's secret token
	 */
	@Transactional
	public String inviteColleague(Account inviter, String email, Locale locale) {
		Employer employer = of(inviter).orElseThrow(() -> new NotFound("no organisation"));
		byte[] secret = new byte[24];
		this.random.nextBytes(secret);
		String token = HexFormat.of().formatHex(secret);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into employers_colleague_invitation (token, employer_id, email, invited_by, created_at, expires_at)
					values (:token, :employer, :email, :inviter, :now, :expires)
					""")
			.param("token", token)
			.param("employer", employer.id())
			.param("email", email.strip().toLowerCase(Locale.ROOT))
			.param("inviter", inviter.id().value())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", now.plus(this.settings.invitationValidity()).atOffset(ZoneOffset.UTC))
			.update();
		this.mails.send(email.strip(), locale, "employers.mail.colleague", inviter.displayName(), employer.name(),
				this.mails.link("/invitations/employer/" + token));
		return token;
	}

	/**
	 * @param token a colleague invitation's token
	 * @return the invitation, while it can still be accepted
	 */
	public Optional<ColleagueInvitation> invitation(String token) {
		return this.jdbc.sql("""
				select i.token, i.email, e.name from employers_colleague_invitation i
				join employers_employer e on e.id = i.employer_id
				where i.token = :token and i.accepted_at is null and i.expires_at > :now
				""")
			.param("token", token)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((row, n) -> new ColleagueInvitation(row.getString("token"), row.getString("email"),
					row.getString("name")))
			.optional();
	}

	/**
	 * Accepts a colleague invitation: opens the colleague's employer account in the
	 * organisation. The link works once.
	 * @param token the invitation's token
	 * @param displayName the colleague's name
	 * @param password the colleague's password
	 * @return the new account, empty when the link is used or expired
	 */
	@Transactional
	public Optional<AccountId> join(String token, String displayName, String password) {
		Instant now = this.clock.instant();
		Optional<Row> invitation = this.jdbc.sql("""
				update employers_colleague_invitation set accepted_at = :now
				where token = :token and accepted_at is null and expires_at > :now
				returning employer_id, email
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("token", token)
			.query((row, n) -> new Row(row.getObject("employer_id", UUID.class), row.getString("email")))
			.optional();
		if (invitation.isEmpty()) {
			return Optional.empty();
		}
		AccountId account = this.accounts
			.open(new NewAccount(invitation.get().email(), displayName, password, Role.EMPLOYER));
		addMember(invitation.get().employer(), account, now);
		return Optional.of(account);
	}

	private void addMember(UUID employer, AccountId account, Instant now) {
		this.jdbc.sql("""
				insert into employers_member (account_id, employer_id, joined_at) values (:account, :employer, :now)
				""")
			.param("account", account.value())
			.param("employer", employer)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static Employer employer(ResultSet row, int n) throws SQLException {
		return new Employer(row.getObject("id", UUID.class), row.getString("name"),
				Country.valueOf(row.getString("country")), row.getString("org_number"),
				EmployerStatus.valueOf(row.getString("status")), row.getString("rejection_reason"),
				row.getString("language"), row.getTimestamp("registered_at").toInstant());
	}

	private record Row(UUID employer, String email) {

	}

	/**
	 * What registering an organisation needs.
	 *
	 * @param organisation its name
	 * @param country its country
	 * @param orgNumber its checked organisation number
	 * @param displayName the first user's name
	 * @param email the first user's address
	 * @param password the first user's password
	 */
	public record Registration(String organisation, Country country, String orgNumber, String displayName, String email,
			String password) {

		@Override
		public String toString() {
			return "Registration[%s, %s %s]".formatted(this.organisation, this.country, this.orgNumber);
		}

	}

	/**
	 * An open invitation to join an organisation.
	 *
	 * @param token its secret
	 * @param email the invited address
	 * @param organisation the organisation's name
	 */
	public record ColleagueInvitation(String token, String email, String organisation) {

	}

	/**
	 * An organisation was approved or rejected.
	 *
	 * @param employer the organisation as it is now
	 */
	record EmployerDecided(Employer employer) {

	}

}
