package io.arcticmatch.ingest.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Raw postings in {@code ingest_raw_posting}: kept on arrival, marked when handed on and
 * when processed.
 */
@Repository
public class RawPostingStore {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	RawPostingStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Keeps raw postings; a payload already kept for the same ad is not kept twice.
	 * @param postings as fetched
	 * @return how many were new
	 */
	int keep(List<RawPosting> postings) {
		// one round trip per page of a feed, not per ad
		SqlParameterSource[] rows = postings.stream()
			.map((posting) -> new MapSqlParameterSource().addValue("source", posting.source())
				.addValue("sourceId", posting.sourceId())
				.addValue("format", posting.format().name())
				.addValue("payload", posting.payload())
				.addValue("sha256", sha256(posting.payload()))
				.addValue("fetchedAt", posting.fetchedAt().atOffset(ZoneOffset.UTC)))
			.toArray(SqlParameterSource[]::new);
		int[] counts = this.batch.batchUpdate("""
				insert into ingest_raw_posting (source, source_id, format, payload, payload_sha256, fetched_at)
				values (:source, :sourceId, :format, :payload, :sha256, :fetchedAt)
				on conflict (source, source_id, payload_sha256) do nothing
				""", rows);
		return Arrays.stream(counts).sum();
	}

	/**
	 * @param limit the most to return
	 * @return kept postings the bus has not taken yet, oldest first
	 */
	List<KeptPosting> notHandedOn(int limit) {
		return this.jdbc.sql("""
				select id, source, source_id, format, payload, fetched_at from ingest_raw_posting
				where handed_on_at is null order by id limit :limit
				""")
			.param("limit", limit)
			.query((row, n) -> new KeptPosting(row.getLong("id"),
					new RawPosting(row.getString("source"), row.getString("source_id"),
							SourceFormat.valueOf(row.getString("format")), row.getString("payload"),
							row.getTimestamp("fetched_at").toInstant())))
			.list();
	}

	/**
	 * Makes every raw posting handed on but not processed wait for the relay again.
	 * @return how many
	 */
	int handOnAgainWhatIsUnprocessed() {
		return this.jdbc.sql(
				"update ingest_raw_posting set handed_on_at = null where handed_on_at is not null and processed_at is null")
			.update();
	}

	/**
	 * Makes the last indexed or withdrawn version of every ad wait for the relay again,
	 * to rebuild a posting index from what was kept. Rejected payloads stay rejected.
	 * @return how many
	 */
	int handOnLastOutcomesAgain() {
		return this.jdbc.sql("""
				update ingest_raw_posting set handed_on_at = null
				where id in (select max(id) from ingest_raw_posting
					where outcome in ('INDEXED', 'WITHDRAWN') group by source, source_id)
				""").update();
	}

	void markHandedOn(long rawId, Instant at) {
		this.jdbc.sql("update ingest_raw_posting set handed_on_at = :at where id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", rawId)
			.update();
	}

	/**
	 * Records how the pipeline finished with a raw posting; a later outcome (a
	 * re-delivery) replaces an earlier one.
	 * @param rawId the raw posting
	 * @param outcome how it ended
	 * @param at when
	 */
	public void markProcessed(long rawId, Outcome outcome, Instant at) {
		this.jdbc.sql("update ingest_raw_posting set processed_at = :at, outcome = :outcome where id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("outcome", outcome.name())
			.param("id", rawId)
			.update();
	}

	/**
	 * @return counts per source and state, for the admin page and health
	 */
	public List<SourceCounts> countsPerSource() {
		return this.jdbc.sql("""
				select source, count(*) as fetched,
					count(*) filter (where handed_on_at is null) as waiting,
					count(*) filter (where outcome = 'INDEXED') as indexed,
					count(*) filter (where outcome = 'WITHDRAWN') as withdrawn,
					count(*) filter (where outcome = 'REJECTED') as rejected,
					max(fetched_at) as last_fetched
				from ingest_raw_posting group by source order by source
				""")
			.query((row, n) -> new SourceCounts(row.getString("source"), row.getLong("fetched"), row.getLong("waiting"),
					row.getLong("indexed"), row.getLong("withdrawn"), row.getLong("rejected"),
					row.getTimestamp("last_fetched").toInstant()))
			.list();
	}

	private static String sha256(String payload) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
