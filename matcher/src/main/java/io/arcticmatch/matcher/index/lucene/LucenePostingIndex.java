package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingStatus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link PostingIndex} in a Lucene {@link Directory}. Each posting is one document: the
 * searchable fields plus the whole posting as stored JSON, so a hit needs no second
 * lookup.
 */
public class LucenePostingIndex implements PostingIndex, AutoCloseable {

	private static final String ID = "id";

	private static final String TITLE = "title";

	private static final String EMPLOYER = "employer";

	private static final String DESCRIPTION = "description";

	private static final String COUNTRY = "country";

	private static final String STATUS = "status";

	private static final String DEADLINE = "deadline";

	private static final String SOURCE = "source";

	/** Title words weigh most, then the employer, then the ad text. */
	private static final Map<String, Float> TEXT_FIELD_WEIGHTS = Map.of(TITLE, 3f, EMPLOYER, 2f, DESCRIPTION, 1f);

	/** Ties in score are broken by id so that paging is stable. */
	private static final Sort RELEVANCE_THEN_ID = new Sort(SortField.FIELD_SCORE,
			new SortField(ID, SortField.Type.STRING));

	private final Directory directory;

	private final Analyzer analyzer = new StandardAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * @param directory where the index lives
	 * @param json writes and reads the stored postings
	 * @param clock tells which application deadlines have passed
	 */
	public LucenePostingIndex(Directory directory, JsonMapper json, Clock clock) {
		this.directory = directory;
		this.json = json;
		this.clock = clock;
		try {
			this.writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the Lucene posting index in " + directory, ex);
		}
	}

	@Override
	public void save(Collection<JobPosting> postings) {
		try {
			// IndexWriter takes documents from many threads; building them (JSON,
			// analysis) is the cost
			postings.parallelStream().forEach(this::update);
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new PostingIndexUnavailable(
					"Could not write %d postings to the Lucene index in %s".formatted(postings.size(), this.directory),
					ex);
		}
	}

	private void update(JobPosting posting) {
		try {
			this.writer.updateDocument(new Term(ID, posting.id().toString()), toDocument(posting));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(PostingId id) {
		try {
			this.writer.deleteDocuments(new Term(ID, id.toString()));
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new PostingIndexUnavailable("Could not delete %s from the Lucene index".formatted(id), ex);
		}
	}

	@Override
	public Optional<JobPosting> findById(PostingId id) {
		return withSearcher(searcher -> {
			TopDocs hits = searcher.search(new TermQuery(new Term(ID, id.toString())), 1);
			if (hits.scoreDocs.length == 0) {
				return Optional.empty();
			}
			return Optional.of(load(searcher, hits.scoreDocs[0]));
		});
	}

	@Override
	public PostingPage search(PostingQuery query) {
		Query lucene = toLuceneQuery(query);
		return withSearcher(searcher -> {
			int wanted = (query.page() + 1) * query.size();
			// one pass for the page and the exact number of hits
			TopDocs top = searcher.search(lucene,
					new TopFieldCollectorManager(RELEVANCE_THEN_ID, wanted, Integer.MAX_VALUE));
			List<JobPosting> page = new ArrayList<>(query.size());
			for (int i = query.page() * query.size(); i < top.scoreDocs.length; i++) {
				page.add(load(searcher, top.scoreDocs[i]));
			}
			return new PostingPage(page, top.totalHits.value(), query.page(), query.size(), java.util.Map.of());
		});
	}

	@Override
	public List<JobPosting> similarTo(PostingId id, int limit) {
		throw new UnsupportedOperationException("being built");
	}

	@Override
	public long count() {
		return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
	}

	@Override
	public String describe() {
		return "Lucene index in %s with %d postings".formatted(this.directory, count());
	}

	private Query toLuceneQuery(PostingQuery query) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		if (query.text().isBlank()) {
			bool.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, TEXT_FIELD_WEIGHTS);
			parser.setDefaultOperator(Occur.MUST);
			bool.add(parser.parse(query.text()), Occur.MUST);
		}
		bool.add(new TermQuery(new Term(STATUS, PostingStatus.ACTIVE.name())), Occur.FILTER);
		bool.add(LongPoint.newRangeQuery(DEADLINE, this.clock.millis(), Long.MAX_VALUE), Occur.FILTER);
		if (!query.countries().isEmpty()) {
			List<BytesRef> countries = query.countries().stream().map(Country::name).map(BytesRef::new).toList();
			bool.add(new TermInSetQuery(COUNTRY, countries), Occur.FILTER);
		}
		return bool.build();
	}

	private Document toDocument(JobPosting posting) {
		String id = posting.id().toString();
		Document doc = new Document();
		doc.add(new StringField(ID, id, Field.Store.NO));
		doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
		doc.add(new TextField(TITLE, posting.title(), Field.Store.NO));
		doc.add(new TextField(EMPLOYER, posting.employer(), Field.Store.NO));
		doc.add(new TextField(DESCRIPTION, posting.description(), Field.Store.NO));
		doc.add(new StringField(COUNTRY, posting.place().country().name(), Field.Store.NO));
		doc.add(new StringField(STATUS, posting.status().name(), Field.Store.NO));
		// no deadline stated: open until the source withdraws it
		doc.add(new LongPoint(DEADLINE, (posting.applicationDeadline() != null)
				? posting.applicationDeadline().toEpochMilli() : Long.MAX_VALUE));
		doc.add(new StoredField(SOURCE, this.json.writeValueAsBytes(posting)));
		return doc;
	}

	private JobPosting load(IndexSearcher searcher, ScoreDoc hit) throws IOException {
		BytesRef source = searcher.storedFields().document(hit.doc).getBinaryValue(SOURCE);
		return this.json.readValue(source.bytes, source.offset, source.length, JobPosting.class);
	}

	private <T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new PostingIndexUnavailable("Could not read the Lucene index in " + this.directory, ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	@FunctionalInterface
	private interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
