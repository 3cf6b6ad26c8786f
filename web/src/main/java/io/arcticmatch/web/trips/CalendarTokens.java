package io.arcticmatch.web.trips;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in each person's calendar feed address: calendar programs fetch the feed
 * without signing in, so the address itself is the key. 256 random bits; a new one
 * replaces the old when the person asks.
 */
@Component
class CalendarTokens {

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	CalendarTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the person's token, made now if they had none
	 */
	@Transactional
	String of(AccountId account) {
		this.jdbc.sql("""
				insert into trips_calendar_token (account_id, token, created_at) values (:account, :token, :now)
				on conflict (account_id) do nothing
				""")
			.param("account", account.value())
			.param("token", newToken())
			.param("now", Trips.utc(this.clock.instant()))
			.update();
		return find(account).orElseThrow();
	}

	/**
	 * Replaces the person's token: the old feed address stops working.
	 */
	@Transactional
	String renew(AccountId account) {
		this.jdbc.sql("delete from trips_calendar_token where account_id = :account")
			.param("account", account.value())
			.update();
		return of(account);
	}

	Optional<String> find(AccountId account) {
		return this.jdbc.sql("select token from trips_calendar_token where account_id = :account")
			.param("account", account.value())
			.query(String.class)
			.optional();
	}

	Optional<AccountId> owner(String token) {
		return this.jdbc.sql("select account_id from trips_calendar_token where token = :token")
			.param("token", token)
			.query(UUID.class)
			.optional()
			.map(AccountId::new);
	}

	void erase(AccountId account) {
		this.jdbc.sql("delete from trips_calendar_token where account_id = :account")
			.param("account", account.value())
			.update();
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
