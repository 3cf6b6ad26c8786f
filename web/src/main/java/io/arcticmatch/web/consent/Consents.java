package io.arcticmatch.web.consent;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives, withdraws and answers for consent. Every change is kept (purpose, given or
 * withdrawn, when); the latest change per purpose is what holds. No change at all means
 * no consent.
 */
@Service
public class Consents implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Consents(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public void give(AccountId seeker, ConsentPurpose purpose) {
		record(seeker, purpose, true);
	}

	@Transactional
	public void withdraw(AccountId seeker, ConsentPurpose purpose) {
		record(seeker, purpose, false);
	}

	public boolean isGiven(AccountId seeker, ConsentPurpose purpose) {
		return given(seeker).contains(purpose);
	}

	/**
	 * @return the purposes the seeker's consent holds for now
	 */
	public Set<ConsentPurpose> given(AccountId seeker) {
		Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
		this.jdbc.sql("""
				select distinct on (purpose) purpose, given from consent_change
				where account_id = :account order by purpose, changed_at desc, sequence desc
				""")
			.param("account", seeker.value())
			.query((row, n) -> row.getBoolean("given") ? ConsentPurpose.valueOf(row.getString("purpose")) : null)
			.list()
			.forEach((purpose) -> {
				if (purpose != null) {
					given.add(purpose);
				}
			});
		return given;
	}

	/**
	 * @return every seeker whose consent for the purpose holds now
	 */
	public List<AccountId> seekersWhoGave(ConsentPurpose purpose) {
		return this.jdbc.sql("""
				select account_id from (
					select distinct on (account_id) account_id, given from consent_change
					where purpose = :purpose order by account_id, changed_at desc, sequence desc
				) latest where given
				""")
			.param("purpose", purpose.name())
			.query((row, n) -> new AccountId(row.getObject("account_id", UUID.class)))
			.list();
	}

	/**
	 * @return every change the seeker made, oldest first
	 */
	public List<ConsentChange> history(AccountId seeker) {
		return this.jdbc.sql("""
				select purpose, given, changed_at from consent_change
				where account_id = :account order by changed_at, sequence
				""")
			.param("account", seeker.value())
			.query((row, n) -> new ConsentChange(ConsentPurpose.valueOf(row.getString("purpose")),
					row.getBoolean("given"), row.getTimestamp("changed_at").toInstant()))
			.list();
	}

	@Override
	public String section() {
		return "consents";
	}

	@Override
	public Object export(AccountId account) {
		return history(account);
	}

	@Override
	public void erase(AccountId account) {
		this.jdbc.sql("delete from consent_change where account_id = :account")
			.param("account", account.value())
			.update();
		this.events.publishEvent(new ConsentsChanged(account));
	}

	private void record(AccountId seeker, ConsentPurpose purpose, boolean given) {
		this.jdbc.sql("""
				insert into consent_change (account_id, purpose, given, changed_at)
				values (:account, :purpose, :given, :at)
				""")
			.param("account", seeker.value())
			.param("purpose", purpose.name())
			.param("given", given)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new ConsentsChanged(seeker));
	}

}
