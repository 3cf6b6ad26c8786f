package io.arcticmatch.matcher.index.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.FacetCount;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchAggregations;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.NativeQueryBuilder;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.IndexOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;

/**
 * A {@link PostingIndex} in Elasticsearch. Creates its index when missing, with the
 * analyzers of {@code elasticsearch/posting-settings.json} (the same analysis as the
 * Lucene store's; {@code icu_folding} needs the analysis-icu plugin) and the mapping of
 * {@code elasticsearch/posting-mapping.json}.
 */
public class ElasticsearchPostingIndex implements PostingIndex {

	private static final String SETTINGS = "/elasticsearch/posting-settings.json";

	private static final String MAPPING = "/elasticsearch/posting-mapping.json";

	/** Hits are read from the stored posting alone. */
	private static final FetchSourceFilter STORED_POSTING = new FetchSourceFilter(true,
			new String[] { PostingDocument.POSTING }, null);

	private final ElasticsearchOperations operations;

	private final IndexCoordinates index;

	private final int replicas;

	private final JsonMapper json;

	private final CurrencyRates rates;

	private final PostingQueries queries;

	/**
	 * @param operations Spring Data Elasticsearch
	 * @param indexName the index (or alias) to use
	 * @param replicas replicas per shard when the index is created
	 * @param json writes and reads the stored postings
	 * @param clock tells which application deadlines have passed
	 * @param interpreter finds occupations and places named in search texts
	 * @param rates makes salaries comparable
	 */
	public ElasticsearchPostingIndex(ElasticsearchOperations operations, String indexName, int replicas,
			JsonMapper json, Clock clock, QueryInterpreter interpreter, CurrencyRates rates) {
		this.operations = operations;
		this.index = IndexCoordinates.of(indexName);
		this.replicas = replicas;
		this.json = json;
		this.rates = rates;
		this.queries = new PostingQueries(clock, interpreter, rates);
	}

	/**
	 * Creates the index with its analyzers and mapping unless it exists.
	 * @throws PostingIndexUnavailable when Elasticsearch cannot be reached
	 */
	public void createIndexIfMissing() {
		Document settings = Document.parse(resource(SETTINGS));
		settings.put("index.number_of_replicas", this.replicas);
		Document mapping = Document.parse(resource(MAPPING));
		run("create the index", () -> {
			IndexOperations indexOps = this.operations.indexOps(this.index);
			if (!indexOps.exists()) {
				indexOps.create(settings, mapping);
			}
			return null;
		});
	}

	@Override
	public void save(Collection<JobPosting> postings) {
		if (postings.isEmpty()) {
			return;
		}
		List<IndexQuery> documents = postings.stream()
			.map((posting) -> new IndexQueryBuilder().withId(posting.id().toString())
				.withSource(this.json.writeValueAsString(PostingDocument.source(posting, this.rates, this.json)))
				.build())
			.toList();
		run("save %d postings".formatted(postings.size()), () -> {
			this.operations.bulkIndex(documents, this.index);
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
		NativeQueryBuilder search = NativeQuery.builder()
			.withQuery(this.queries.search(query))
			.withSort(this.queries.sort(query))
			// within PostingQuery.MAX_RESULT_WINDOW, Elasticsearch's default window
			.withPageable(PageRequest.of(query.page(), query.size()))
			.withTrackTotalHits(true)
			.withSourceFilter(STORED_POSTING);
		this.queries.facets().forEach(search::withAggregation);
		return run("search", () -> {
			SearchHits<PostingDocument> hits = this.operations.search(search.build(), PostingDocument.class,
					this.index);
			return new PostingPage(postings(hits), hits.getTotalHits(), query.page(), query.size(), facets(hits));
		});
	}

	@Override
	public List<JobPosting> similarTo(PostingId id, int limit) {
		if (limit < 1) {
			return List.of();
		}
		Optional<JobPosting> posting = findById(id);
		if (posting.isEmpty()) {
			return List.of();
		}
		NativeQuery similar = NativeQuery.builder()
			.withQuery(this.queries.similarTo(posting.get()))
			.withSort(List.of(PostingQueries.byScore(), PostingQueries.byId()))
			.withPageable(PageRequest.of(0, Math.min(limit, PostingQuery.MAX_RESULT_WINDOW)))
			.withSourceFilter(STORED_POSTING)
			.build();
		return run("find postings like " + id,
				() -> postings(this.operations.search(similar, PostingDocument.class, this.index)));
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

	private List<JobPosting> postings(SearchHits<PostingDocument> hits) {
		return hits.stream().map(SearchHit::getContent).map((document) -> document.toPosting(this.json)).toList();
	}

	private static Map<Facet, List<FacetCount>> facets(SearchHits<PostingDocument> hits) {
		Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
		if (!(hits.getAggregations() instanceof ElasticsearchAggregations aggregations)) {
			return facets;
		}
		aggregations.aggregationsAsMap().forEach((name, aggregation) -> {
			Aggregate terms = aggregation.aggregation().getAggregate();
			List<FacetCount> counts = terms.sterms()
				.buckets()
				.array()
				.stream()
				.map((bucket) -> new FacetCount(bucket.key().stringValue(), bucket.docCount()))
				.toList();
			if (!counts.isEmpty()) {
				facets.put(Facet.valueOf(name), counts);
			}
		});
		return facets;
	}

	private static String resource(String name) {
		try (InputStream in = ElasticsearchPostingIndex.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The resource " + name + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
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
