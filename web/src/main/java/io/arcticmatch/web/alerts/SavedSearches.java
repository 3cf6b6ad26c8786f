package io.arcticmatch.web.alerts;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps saved searches and what each alert has mailed, in PostgreSQL. Every change a
 * seeker makes names the seeker, so nobody changes another seeker's search: for them it
 * does not exist.
 */
@Service
public class SavedSearches implements PersonalData {

	private static final String COLUMNS = """
			id, account_id, name, query, frequency, locale, paused, unsubscribe_token, created_at, last_run_at,
			last_sent_at""";

	private static final String DUE = """
			not paused and coalesce(last_run_at, created_at)
				+ (case frequency when 'DAILY' then interval '1 day' else interval '7 days' end) <= :now""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SavedSearches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A posting an alert has mailed.
	 *
	 * @param postingId the posting's id
	 * @param version the version of the posting that was mailed
	 * @param sentAt when
	 */
	public record SentPosting(String postingId, String version, Instant sentAt) {

	}

	/**
	 * What a seeker asks to save.
	 *
	 * @param name what the seeker calls it
	 * @param query the query string, in {@link SearchQuery}'s normal form
	 * @param frequency how often to mail
	 * @param locale the language of the mails
	 */
	record NewSavedSearch(String name, String query, Frequency frequency, Locale locale) {

	}

	@Transactional
	SavedSearch save(AccountId seeker, NewSavedSearch search) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into alerts_saved_search
					(id, account_id, name, query, frequency, locale, paused, unsubscribe_token, created_at)
				values (:id, :account, :name, :query, :frequency, :locale, false, :token, :now)
				""")
			.param("id", id)
			.param("account", seeker.value())
			.param("name", search.name())
			.param("query", search.query())
			.param("frequency", search.frequency().name())
			.param("locale", search.locale().toLanguageTag())
			.param("token", newToken())
			.param("now", utc(now))
			.update();
		return find(seeker, id).orElseThrow();
	}

	/**
	 * @return the seeker's saved searches, oldest first
	 */
	public List<SavedSearch> list(AccountId seeker) {
		return this.jdbc
			.sql("select " + COLUMNS + " from alerts_saved_search where account_id = :account"
					+ " order by created_at, id")
			.param("account", seeker.value())
			.query(this::toSavedSearch)
			.list();
	}

	int count(AccountId seeker) {
		return this.jdbc.sql("select count(*) from alerts_saved_search where account_id = :account")
			.param("account", seeker.value())
			.query(Integer.class)
			.single();
	}

	public Optional<SavedSearch> find(AccountId seeker, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from alerts_saved_search where id = :id and account_id = :account")
			.param("id", id)
			.param("account", seeker.value())
			.query(this::toSavedSearch)
			.optional();
	}

	/**
	 * @return whether the seeker has such a search
	 */
	@Transactional
	boolean changeFrequency(AccountId seeker, UUID id, Frequency frequency) {
		return this.jdbc
			.sql("update alerts_saved_search set frequency = :frequency where id = :id and account_id = :account")
			.param("frequency", frequency.name())
			.param("id", id)
			.param("account", seeker.value())
			.update() == 1;
	}

	/**
	 * Pauses or resumes an alert. Resuming starts from now, so that it does not mail what
	 * appeared while it was paused as one heap.
	 * @return whether the seeker has such a search
	 */
	@Transactional
	boolean pause(AccountId seeker, UUID id, boolean paused) {
		return this.jdbc.sql("""
				update alerts_saved_search
				set paused = :paused, last_run_at = case when paused and not :paused then :now else last_run_at end
				where id = :id and account_id = :account
				""")
			.param("paused", paused)
			.param("now", utc(this.clock.instant()))
			.param("id", id)
			.param("account", seeker.value())
			.update() == 1;
	}

	/**
	 * @return whether the seeker had such a search
	 */
	@Transactional
	boolean delete(AccountId seeker, UUID id) {
		return this.jdbc.sql("delete from alerts_saved_search where id = :id and account_id = :account")
			.param("id", id)
			.param("account", seeker.value())
			.update() == 1;
	}

	Optional<SavedSearch> findByToken(String token) {
		return this.jdbc.sql("select " + COLUMNS + " from alerts_saved_search where unsubscribe_token = :token")
			.param("token", token)
			.query(this::toSavedSearch)
			.optional();
	}

	/**
	 * Stops the alert of the search with this unsubscribe token; the search itself is
	 * kept, so its owner can resume it.
	 * @return the search, empty for an unknown token
	 */
	@Transactional
	Optional<SavedSearch> unsubscribe(String token) {
		this.jdbc.sql("update alerts_saved_search set paused = true where unsubscribe_token = :token")
			.param("token", token)
			.update();
		return findByToken(token);
	}

	/**
	 * @param now the moment to judge at
	 * @return the ids of the alerts due at that moment, longest waiting first
	 */
	List<UUID> dueIds(Instant now) {
		return this.jdbc
			.sql("select id from alerts_saved_search where " + DUE + " order by coalesce(last_run_at, created_at)")
			.param("now", utc(now))
			.query((row, n) -> row.getObject("id", UUID.class))
			.list();
	}

	/**
	 * Locks a due alert for one run, in the caller's transaction. Another instance's run,
	 * a change by its owner or the deletion of the account waits until that transaction
	 * ends; an alert another run holds is skipped.
	 * @return the alert, empty when it is gone, not due any more or held by another run
	 */
	Optional<SavedSearch> lockIfDue(UUID id, Instant now) {
		return this.jdbc
			.sql("select " + COLUMNS + " from alerts_saved_search where id = :id and " + DUE
					+ " for update skip locked")
			.param("id", id)
			.param("now", utc(now))
			.query(this::toSavedSearch)
			.optional();
	}

	/**
	 * @return per posting id, the version the alert last mailed
	 */
	Map<String, String> sentVersions(UUID searchId) {
		return this.jdbc.sql("select posting_id, version from alerts_sent_posting where saved_search_id = :id")
			.param("id", searchId)
			.query((row, n) -> Map.entry(row.getString("posting_id"), row.getString("version")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Records a run that searched: the postings it mailed (none when nothing was new) and
	 * its time, from which on the next run looks.
	 */
	void recordRun(UUID searchId, Map<String, String> mailedVersions, Instant now) {
		for (Map.Entry<String, String> mailed : mailedVersions.entrySet()) {
			this.jdbc.sql("""
					insert into alerts_sent_posting (saved_search_id, posting_id, version, sent_at)
					values (:id, :posting, :version, :now)
					on conflict (saved_search_id, posting_id) do update
					set version = excluded.version, sent_at = excluded.sent_at
					""")
				.param("id", searchId)
				.param("posting", mailed.getKey())
				.param("version", mailed.getValue())
				.param("now", utc(now))
				.update();
		}
		this.jdbc.sql("""
				update alerts_saved_search
				set last_run_at = :now, last_sent_at = case when :mailed then :now else last_sent_at end
				where id = :id
				""").param("now", utc(now)).param("mailed", !mailedVersions.isEmpty()).param("id", searchId).update();
	}

	@Override
	public String section() {
		return "savedSearches";
	}

	/**
	 * A saved search as an export shows it: everything but the unsubscribe secret.
	 */
	record ExportedSearch(String name, String query, Frequency frequency, String language, boolean paused,
			Instant createdAt, @Nullable Instant lastRunAt, @Nullable Instant lastSentAt, List<SentPosting> mailed) {

	}

	@Override
	public @Nullable Object export(AccountId account) {
		List<SavedSearch> searches = list(account);
		if (searches.isEmpty()) {
			return null;
		}
		return searches.stream()
			.map((search) -> new ExportedSearch(search.name(), search.query(), search.frequency(),
					search.locale().toLanguageTag(), search.paused(), search.createdAt(), search.lastRunAt(),
					search.lastSentAt(), sent(search.id())))
			.toList();
	}

	@Override
	public void erase(AccountId account) {
		// the sent postings go with their searches (on delete cascade); a run holding one
		// of these rows finishes first, and no run finds them afterwards
		this.jdbc.sql("delete from alerts_saved_search where account_id = :account")
			.param("account", account.value())
			.update();
	}

	List<SentPosting> sent(UUID searchId) {
		return this.jdbc.sql("""
				select posting_id, version, sent_at from alerts_sent_posting
				where saved_search_id = :id order by sent_at, posting_id
				""")
			.param("id", searchId)
			.query((row, n) -> new SentPosting(row.getString("posting_id"), row.getString("version"),
					instant(row, "sent_at")))
			.list();
	}

	private String newToken() {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private SavedSearch toSavedSearch(ResultSet row, int n) throws SQLException {
		return new SavedSearch(row.getObject("id", UUID.class), new AccountId(row.getObject("account_id", UUID.class)),
				row.getString("name"), row.getString("query"), Frequency.valueOf(row.getString("frequency")),
				Locale.forLanguageTag(row.getString("locale")), row.getBoolean("paused"),
				row.getString("unsubscribe_token"), instant(row, "created_at"), nullableInstant(row, "last_run_at"),
				nullableInstant(row, "last_sent_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
