package io.arcticmatch.ingest.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payloads that could not be read as ads, with their reasons, in
 * {@code ingest_rejected_posting}.
 */
@Repository
public class RejectedPostings {

	private final JdbcClient jdbc;

	RejectedPostings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param rejection what was rejected and why
	 */
	public void record(Rejection rejection) {
		this.jdbc.sql("""
				insert into ingest_rejected_posting (raw_posting_id, source, source_id, reason, rejected_at)
				values (:rawId, :source, :sourceId, :reason, :at)
				""")
			.param("rawId", rejection.rawId())
			.param("source", rejection.source())
			.param("sourceId", rejection.sourceId())
			.param("reason", rejection.reason())
			.param("at", rejection.rejectedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * @return how many rejections are recorded
	 */
	public long count() {
		return this.jdbc.sql("select count(*) from ingest_rejected_posting").query(Long.class).single();
	}

	/**
	 * @param offset how many of the newest to skip
	 * @param limit the most to return
	 * @return the newest rejections first
	 */
	public List<Rejection> newest(int offset, int limit) {
		return this.jdbc.sql("""
				select raw_posting_id, source, source_id, reason, rejected_at from ingest_rejected_posting
				order by rejected_at desc, id desc offset :offset limit :limit
				""")
			.param("offset", offset)
			.param("limit", limit)
			.query((row, n) -> new Rejection(row.getObject("raw_posting_id", Long.class), row.getString("source"),
					row.getString("source_id"), row.getString("reason"), row.getTimestamp("rejected_at").toInstant()))
			.list();
	}

	/**
	 * One payload that could not be read as an ad.
	 *
	 * @param rawId the raw posting it came from; {@code null} for a part of a page that
	 * was not an ad at all
	 * @param source the posting source
	 * @param sourceId the ad's id as far as it is known
	 * @param reason what is wrong, for a person to act on
	 * @param rejectedAt when
	 */
	public record Rejection(@Nullable Long rawId, String source, String sourceId, String reason, Instant rejectedAt) {

	}

}
