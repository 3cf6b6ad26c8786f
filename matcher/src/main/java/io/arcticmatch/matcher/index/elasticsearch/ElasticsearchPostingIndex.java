package io.arcticmatch.matcher.index.elasticsearch;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingStatus;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.IndexOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/**
 * A {@link PostingIndex} in Elasticsearch. Creates its index with the mapping of
 * {@link PostingDocument} when missing.
 */
public class ElasticsearchPostingIndex implements PostingIndex {

	private static final List<String> TEXT_FIELDS = List.of("title^3", "employer^2", "description");

	private final ElasticsearchOperations operations;

	private final IndexCoordinates index;

	private final int replicas;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * @param operations Spring Data Elasticsearch
	 * @param indexName the index (or alias) to use
	 * @param replicas replicas per shard when the index is created
	 * @param json writes and reads the stored postings
	 * @param clock tells which application deadlines have passed
	 */
	public ElasticsearchPostingIndex(ElasticsearchOperations operations, String indexName, int replicas,
			JsonMapper json, Clock clock) {
		this.operations = operations;
		this.index = IndexCoordinates.of(indexName);
		this.replicas = replicas;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Creates the index with its mapping unless it exists.
	 * @throws PostingIndexUnavailable when Elasticsearch cannot be reached
	 */
	public void createIndexIfMissing() {
		run("create the index", () -> {
			IndexOperations indexOps = this.operations.indexOps(this.index);
			if (!indexOps.exists()) {
				indexOps.create(Map.of("index.number_of_shards", 1, "index.number_of_replicas", this.replicas),
						indexOps.createMapping(PostingDocument.class));
			}
			return null;
		});
	}

	@Override
	public void save(Collection<JobPosting> postings) {
		if (postings.isEmpty()) {
			return;
		}
		run("save %d postings".formatted(postings.size()), () -> {
			this.operations.save(postings.stream().map((posting) -> PostingDocument.of(posting, this.json)).toList(),
					this.index);
			this.operations.indexOps(this.index).refresh();
			return null;
		});
	}

	@Override
	public void delete(PostingId id) {
		run("delete " + id, () -> {
			this.operations.delete(id.toString(), this.index);
			this.operations.indexOps(this.index).refresh();
			return null;
		});
	}

	@Override
	public Optional<JobPosting> findById(PostingId id) {
		return run("read " + id,
				() -> Optional.ofNullable(this.operations.get(id.toString(), PostingDocument.class, this.index))
					.map((document) -> document.toPosting(this.json)));
	}

	@Override
	public PostingPage search(PostingQuery query) {
		NativeQuery search = NativeQuery.builder()
			.withQuery(toElasticsearchQuery(query))
			.withPageable(PageRequest.of(query.page(), query.size(),
					Sort.by(Sort.Order.desc("_score"), Sort.Order.asc("id"))))
			.withTrackTotalHits(true)
			.build();
		return run("search", () -> {
			SearchHits<PostingDocument> hits = this.operations.search(search, PostingDocument.class, this.index);
			List<JobPosting> postings = hits.stream()
				.map(SearchHit::getContent)
				.map((document) -> document.toPosting(this.json))
				.toList();
			return new PostingPage(postings, hits.getTotalHits(), query.page(), query.size(), java.util.Map.of());
		});
	}

	@Override
	public List<JobPosting> similarTo(PostingId id, int limit) {
		throw new UnsupportedOperationException("being built");
	}

	@Override
	public long count() {
		return run("count postings",
				() -> this.operations.count(NativeQuery.builder().withQuery(q -> q.matchAll(m -> m)).build(),
						PostingDocument.class, this.index));
	}

	@Override
	public String describe() {
		return "Elasticsearch index '%s' with %d postings".formatted(this.index.getIndexName(), count());
	}

	private Query toElasticsearchQuery(PostingQuery query) {
		return Query.of(q -> q.bool(bool -> {
			if (query.text().isBlank()) {
				bool.must(m -> m.matchAll(all -> all));
			}
			else {
				bool.must(m -> m
					.simpleQueryString(s -> s.query(query.text()).fields(TEXT_FIELDS).defaultOperator(Operator.And)));
			}
			bool.filter(f -> f.term(t -> t.field("status").value(PostingStatus.ACTIVE.name())));
			// no deadline stated: open until the source withdraws it
			String now = String.valueOf(this.clock.millis());
			bool.filter(f -> f.bool(open -> open
				.should(s -> s.range(r -> r.date(d -> d.field("applicationDeadline").gte(now).format("epoch_millis"))))
				.should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("applicationDeadline")))))
				.minimumShouldMatch("1")));
			if (!query.countries().isEmpty()) {
				List<FieldValue> countries = query.countries().stream().map(Country::name).map(FieldValue::of).toList();
				bool.filter(f -> f.terms(t -> t.field("country").terms(v -> v.value(countries))));
			}
			return bool;
		}));
	}

	private <T> T run(String what, ElasticsearchCall<T> call) {
		try {
			return call.run();
		}
		catch (DataAccessException | IllegalStateException ex) {
			throw new PostingIndexUnavailable("Elasticsearch index '%s': could not %s: %s"
				.formatted(this.index.getIndexName(), what, ex.getMessage()), ex);
		}
	}

	@FunctionalInterface
	private interface ElasticsearchCall<T> {

		T run();

	}

}
