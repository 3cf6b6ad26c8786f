package io.arcticmatch.ingest.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each source's checkpoint, in {@code ingest_checkpoint}.
 */
@Repository
public class Checkpoints {

	private final JdbcClient jdbc;

	Checkpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param source a posting source
	 * @return its checkpoint, or {@link Checkpoint#START} before its first fetch
	 */
	public Checkpoint of(String source) {
		return this.jdbc.sql("select position, etag, last_modified from ingest_checkpoint where source = :source")
			.param("source", source)
			.query((row, n) -> new Checkpoint(row.getString("position"), row.getString("etag"),
					row.getString("last_modified")))
			.optional()
			.orElse(Checkpoint.START);
	}

	/**
	 * @return every source's checkpoint with when it last advanced, by source
	 */
	public List<SourceCheckpoint> all() {
		return this.jdbc
			.sql("select source, position, etag, last_modified, advanced_at from ingest_checkpoint order by source")
			.query((row, n) -> new SourceCheckpoint(row.getString("source"),
					new Checkpoint(row.getString("position"), row.getString("etag"), row.getString("last_modified")),
					row.getTimestamp("advanced_at").toInstant()))
			.list();
	}

	void advance(String source, Checkpoint checkpoint, Instant at) {
		this.jdbc.sql("""
				insert into ingest_checkpoint (source, position, etag, last_modified, advanced_at)
				values (:source, :position, :etag, :lastModified, :at)
				on conflict (source) do update set position = excluded.position, etag = excluded.etag,
					last_modified = excluded.last_modified, advanced_at = excluded.advanced_at
				""")
			.param("source", source)
			.param("position", checkpoint.position())
			.param("etag", checkpoint.etag())
			.param("lastModified", checkpoint.lastModified())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * @param source the posting source
	 * @param checkpoint where its next fetch starts
	 * @param advancedAt when the checkpoint last moved: the source's last successful sync
	 */
	public record SourceCheckpoint(String source, Checkpoint checkpoint, Instant advancedAt) {

	}

}
