package io.arcticmatch.ingest.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the complete listings of a source without a change feed had: when the listing
 * under way began and when each ad was last listed. An ad still in the index that a
 * complete listing did not have is gone from the source.
 */
@Repository
public class Listings {

	private final JdbcClient jdbc;

	Listings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new listing of the source begins.
	 */
	public void begin(String source, Instant at) {
		this.jdbc.sql("""
				insert into ingest_listing (source, started_at) values (:source, :at)
				on conflict (source) do update set started_at = excluded.started_at
				""").param("source", source).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	/**
	 * @return when the listing under way began; empty if none was begun
	 */
	public Optional<Instant> startOf(String source) {
		return this.jdbc.sql("select started_at from ingest_listing where source = :source")
			.param("source", source)
			.query((row, n) -> row.getTimestamp("started_at").toInstant())
			.optional();
	}

	/**
	 * The listing had these ads.
	 */
	public void listed(String source, Collection<String> sourceIds, Instant at) {
		for (String sourceId : sourceIds) {
			this.jdbc.sql("""
					insert into ingest_listed_ad (source, source_id, listed_at) values (:source, :id, :at)
					on conflict (source, source_id) do update set listed_at = excluded.listed_at
					""")
				.param("source", source)
				.param("id", sourceId)
				.param("at", at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/**
	 * @return the source's ads whose last version is indexed (or on its way there) but
	 * that were not listed since the listing began
	 */
	public List<String> notListedSince(String source, Instant listingStart) {
		return this.jdbc.sql("""
				select latest.source_id from (
					select distinct on (source_id) source_id, outcome from ingest_raw_posting
					where source = :source order by source_id, id desc
				) latest
				where (latest.outcome is null or latest.outcome = 'INDEXED')
				and not exists (select 1 from ingest_listed_ad listed where listed.source = :source
					and listed.source_id = latest.source_id and listed.listed_at >= :start)
				order by latest.source_id
				""")
			.param("source", source)
			.param("start", listingStart.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.list();
	}

}
