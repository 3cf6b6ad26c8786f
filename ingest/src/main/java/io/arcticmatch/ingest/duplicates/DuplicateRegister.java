package io.arcticmatch.ingest.duplicates;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import io.arcticmatch.matcher.posting.PostingId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every indexed posting with its fingerprint and the group it belongs to, in
 * {@code ingest_posting_register}.
 */
@Repository
class DuplicateRegister {

	private final JdbcClient jdbc;

	DuplicateRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds a lock on the block until the transaction ends, so that two copies of one job
	 * arriving at the same time cannot both become the one in the index.
	 */
	void lock(String blockKey) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", blockKey)
			.query((row, n) -> 1)
			.list();
	}

	Optional<Registered> find(PostingId id) {
		return this.jdbc.sql("select * from ingest_posting_register where posting_id = :id")
			.param("id", id.toString())
			.query(DuplicateRegister::toRegistered)
			.optional();
	}

	/**
	 * @return the postings in the index with this block key from other sources than the
	 * one given, oldest first
	 */
	List<Registered> canonicalsInBlock(String blockKey, String otherThanSource) {
		return this.jdbc.sql("""
				select * from ingest_posting_register
				where block_key = :key and posting_id = canonical_id and source <> :source
				order by registered_at, posting_id
				""")
			.param("key", blockKey)
			.param("source", otherThanSource)
			.query(DuplicateRegister::toRegistered)
			.list();
	}

	/**
	 * @return the postings whose group is the one given, not counting that posting
	 * itself, oldest first
	 */
	List<Registered> duplicatesOf(PostingId canonical) {
		return this.jdbc.sql("""
				select * from ingest_posting_register
				where canonical_id = :id and posting_id <> :id order by registered_at, posting_id
				""").param("id", canonical.toString()).query(DuplicateRegister::toRegistered).list();
	}

	/**
	 * @return every posting of the posting's group, the one in the index first; empty
	 * when the posting is not registered
	 */
	List<Registered> groupOf(PostingId id) {
		return this.jdbc.sql("""
				select * from ingest_posting_register
				where canonical_id = (select canonical_id from ingest_posting_register where posting_id = :id)
				order by posting_id = canonical_id desc, registered_at, posting_id
				""").param("id", id.toString()).query(DuplicateRegister::toRegistered).list();
	}

	/**
	 * Registers the posting or replaces its entry, keeping when it was first seen.
	 */
	void save(Registered posting) {
		this.jdbc
			.sql("""
					insert into ingest_posting_register
						(posting_id, source, block_key, title_words, shingles, canonical_id, source_url, posting, registered_at)
					values (:id, :source, :blockKey, :titleWords, :shingles, :canonicalId, :sourceUrl, :posting, :registeredAt)
					on conflict (posting_id) do update set block_key = excluded.block_key,
						title_words = excluded.title_words, shingles = excluded.shingles,
						canonical_id = excluded.canonical_id, source_url = excluded.source_url, posting = excluded.posting
					""")
			.param("id", posting.id().toString())
			.param("source", posting.id().source())
			.param("blockKey", posting.fingerprint().blockKey())
			.param("titleWords", posting.fingerprint().titleWords().toArray(String[]::new))
			.param("shingles", posting.fingerprint().shingles())
			.param("canonicalId", posting.canonicalId().toString())
			.param("sourceUrl", (posting.sourceUrl() != null) ? posting.sourceUrl().toString() : null)
			.param("posting", posting.postingJson())
			.param("registeredAt", posting.registeredAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Makes {@code canonical} the posting in the index for every member of a group.
	 */
	void moveGroup(PostingId from, PostingId canonical) {
		this.jdbc.sql("update ingest_posting_register set canonical_id = :to where canonical_id = :from")
			.param("from", from.toString())
			.param("to", canonical.toString())
			.update();
	}

	void delete(PostingId id) {
		this.jdbc.sql("delete from ingest_posting_register where posting_id = :id").param("id", id.toString()).update();
	}

	private static Registered toRegistered(ResultSet row, int rowNumber) throws SQLException {
		PostingFingerprint fingerprint = new PostingFingerprint(row.getString("block_key"),
				new LinkedHashSet<>(Arrays.asList((String[]) row.getArray("title_words").getArray())),
				ints(row.getArray("shingles")));
		String sourceUrl = row.getString("source_url");
		return new Registered(PostingId.parse(row.getString("posting_id")), fingerprint,
				PostingId.parse(row.getString("canonical_id")), (sourceUrl != null) ? URI.create(sourceUrl) : null,
				row.getString("posting"), row.getTimestamp("registered_at").toInstant());
	}

	private static int[] ints(Array array) throws SQLException {
		Integer[] boxed = (Integer[]) array.getArray();
		int[] values = new int[boxed.length];
		for (int i = 0; i < boxed.length; i++) {
			values[i] = boxed[i];
		}
		return values;
	}

}
