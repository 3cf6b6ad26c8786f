package io.arcticmatch.web.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps seekers' profiles in PostgreSQL, one per seeker account.
 */
@Service
public class SeekerProfiles implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Consents consents;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SeekerProfiles(JdbcClient jdbc, JsonMapper json, Consents consents, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.consents = consents;
		this.clock = clock;
		this.events = events;
	}

	public Optional<StoredProfile> find(AccountId seeker) {
		return this.jdbc.sql("select account_id, profile, updated_at from seeker_profile where account_id = :account")
			.param("account", seeker.value())
			.query(this::toStoredProfile)
			.optional();
	}

	/**
	 * Saves the seeker's profile, replacing the one kept before.
	 */
	@Transactional
	public void save(AccountId seeker, SeekerProfile profile) {
		this.jdbc.sql("""
				insert into seeker_profile (account_id, profile, updated_at)
				values (:account, cast(:profile as jsonb), :updatedAt)
				on conflict (account_id) do update set profile = excluded.profile, updated_at = excluded.updated_at
				""")
			.param("account", seeker.value())
			.param("profile", this.json.writeValueAsString(profile))
			.param("updatedAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new SeekerProfileChanged(seeker));
	}

	/**
	 * The profiles that may be shown for a purpose: those of seekers whose consent for it
	 * holds now. Use this, never a plain lookup, when a profile is shown to someone else.
	 */
	public List<StoredProfile> consenting(ConsentPurpose purpose) {
		return findAll(this.consents.seekersWhoGave(purpose));
	}

	/**
	 * @return the profiles of those seekers that have one, in no particular order
	 */
	public List<StoredProfile> findAll(Collection<AccountId> seekers) {
		if (seekers.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select account_id, profile, updated_at from seeker_profile where account_id in (:accounts)")
			.param("accounts", seekers.stream().map(AccountId::value).toList())
			.query(this::toStoredProfile)
			.list();
	}

	@Override
	public String section() {
		return "profile";
	}

	@Override
	public Object export(AccountId account) {
		return find(account).map(StoredProfile::profile).orElse(null);
	}

	@Override
	public void erase(AccountId account) {
		this.jdbc.sql("delete from seeker_profile where account_id = :account")
			.param("account", account.value())
			.update();
		this.events.publishEvent(new SeekerProfileChanged(account));
	}

	private StoredProfile toStoredProfile(ResultSet row, int rowNumber) throws SQLException {
		return new StoredProfile(new AccountId(row.getObject("account_id", UUID.class)),
				this.json.readValue(row.getString("profile"), SeekerProfile.class),
				row.getTimestamp("updated_at").toInstant());
	}

}
