package io.arcticmatch.web.jobs;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postings each seeker marked as favourite, in PostgreSQL. Marking twice keeps the
 * first mark; removing one that is not marked does nothing, so a repeated form post is
 * harmless.
 */
@Service
public class Favourites implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	Favourites(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void add(AccountId seeker, PostingId posting) {
		this.jdbc.sql("""
				insert into jobs_favourite (account_id, posting_id, created_at) values (:account, :posting, :at)
				on conflict (account_id, posting_id) do nothing
				""")
			.param("account", seeker.value())
			.param("posting", posting.toString())
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Transactional
	public void remove(AccountId seeker, PostingId posting) {
		this.jdbc.sql("delete from jobs_favourite where account_id = :account and posting_id = :posting")
			.param("account", seeker.value())
			.param("posting", posting.toString())
			.update();
	}

	public boolean isFavourite(AccountId seeker, PostingId posting) {
		return this.jdbc
			.sql("select count(*) from jobs_favourite where account_id = :account and posting_id = :posting")
			.param("account", seeker.value())
			.param("posting", posting.toString())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @return the ids of the seeker's favourite postings
	 */
	public Set<String> ids(AccountId seeker) {
		return new HashSet<>(this.jdbc.sql("select posting_id from jobs_favourite where account_id = :account")
			.param("account", seeker.value())
			.query(String.class)
			.list());
	}

	public long count(AccountId seeker) {
		return this.jdbc.sql("select count(*) from jobs_favourite where account_id = :account")
			.param("account", seeker.value())
			.query(Long.class)
			.single();
	}

	/**
	 * @param seeker whose favourites
	 * @param offset how many of the newest to skip
	 * @param limit how many at most
	 * @return the favourites, newest first
	 */
	public List<Favourite> list(AccountId seeker, long offset, int limit) {
		return this.jdbc.sql("""
				select posting_id, created_at from jobs_favourite where account_id = :account
				order by created_at desc, posting_id limit :limit offset :offset
				""")
			.param("account", seeker.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((row, n) -> new Favourite(row.getString("posting_id"), row.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Override
	public String section() {
		return "favourites";
	}

	@Override
	public @Nullable Object export(AccountId account) {
		List<Favourite> all = list(account, 0, Integer.MAX_VALUE);
		return all.isEmpty() ? null : all;
	}

	@Override
	public void erase(AccountId account) {
		this.jdbc.sql("delete from jobs_favourite where account_id = :account")
			.param("account", account.value())
			.update();
	}

}
