package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.index.InterpretedText;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.index.TextClauses;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PostingIndex} in a Lucene {@link Directory}. Each posting is one document: the
 * fields of {@link PostingFields} plus the whole posting in a compact stored form, so a
 * hit needs no second lookup. A search collects its page and its facet counts in one pass
 * over the matching postings.
 */
public class LucenePostingIndex implements PostingIndex, AutoCloseable {

	/** The posting in {@link StoredPosting}'s form, stored only. */
	private static final String SOURCE = "source";

	/**
	 * The {@link JobPosting#shortened() shortened} posting in {@link StoredPosting}'s
	 * form, as binary doc values: re-ranking reads a few hundred candidates, and reading
	 * whole postings decompressed a block of stored fields for each.
	 */
	private static final String SHORTENED = "shortened";

	private static final long NO_DEADLINE = Long.MAX_VALUE;

	/**
	 * The first circle the nearest postings are looked for in, in km: small, as a search
	 * visits every posting of its circle, and a town's ads lie within a few km.
	 */
	private static final double FIRST_CIRCLE_KM = 2;

	/** Each next circle is at least this much wider than the last... */
	private static final double LEAST_CIRCLE_GROWTH = 1.5;

	/** ...and at most this much (an empty circle says nothing of the density). */
	private static final double MOST_CIRCLE_GROWTH = 4;

	/** How much more a next circle is made to hold than evenly spread postings give. */
	private static final double CIRCLE_MARGIN = 1.3;

	/**
	 * How many searches' counts are kept per searcher: a few hundred bytes to a few
	 * kilobytes each (at most
	 * {@link io.arcticmatch.matcher.posting.PostingPage#FACET_VALUES} values per facet).
	 */
	private static final int COUNTED_SEARCHES = 2048;

	/** A page of at least this many postings is read by two threads. */
	private static final int PARALLEL_LOAD = 8;

	/** Free text looks in every language's title and description and the employer. */
	private static final Map<String, Float> TEXT_WEIGHTS = textWeights(true);

	/** Similar titles look in the titles only. */
	private static final Map<String, Float> TITLE_WEIGHTS = textWeights(false);

	/** Ties are broken by id so that pages are stable. */
	private static final SortField BY_ID = new SortField(PostingFields.ID, SortField.Type.STRING);

	/** The index's own order: a search in it can stop at its first matches. */
	private static final Sort INDEX_ORDER = new Sort(BY_ID);

	/** Ties after a score, date or distance, by id as well, read only when needed. */
	private static final SortField THEN_BY_ID = new IdOrder(INDEX_ORDER).sortField();

	private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, THEN_BY_ID);

	private static final Sort NEWEST = new Sort(
			LongField.newSortField(PostingFields.PUBLISHED, true, SortedNumericSelector.Type.MAX), THEN_BY_ID);

	/**
	 * Kept in every commit: an index written with other fields cannot take this one's
	 * documents (Lucene refuses a field whose kind changes), so it is started anew.
	 */
	private static final String LAYOUT_KEY = "arctic.layout";

	private static final String LAYOUT = "4";

	private static final Logger logger = LoggerFactory.getLogger(LucenePostingIndex.class);

	private final Directory directory;

	private final PostingAnalyzers analyzers = new PostingAnalyzers();

	private final FacetCounter facets = new FacetCounter();

	/** What every search filters on, marked once a minute per segment. */
	private final OpenPostings open = new OpenPostings();

	/** The counts of recent searches: the pages and orders of a search share them. */
	private final CountCache counts = new CountCache(COUNTED_SEARCHES);

	private final TextClauses<Query> clauses = new LuceneClauses();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Searches a large index's segments in parallel. */
	private final ExecutorService searchThreads;

	private final Clock clock;

	private final QueryInterpreter interpreter;

	private final CurrencyRates rates;

	/**
	 * @param directory where the index lives; an existing index there is opened with its
	 * postings
	 * @param clock tells which application deadlines have passed
	 * @param interpreter finds the occupations and places a search text names
	 * @param rates make salaries in different currencies and periods comparable
	 */
	public LucenePostingIndex(Directory directory, Clock clock, QueryInterpreter interpreter, CurrencyRates rates) {
		this.directory = directory;
		this.clock = clock;
		this.interpreter = interpreter;
		this.rates = rates;
		try {
			// sorted by id, the page of a search without text is the first matches of
			// each segment: the rest need not be visited
			IndexWriterConfig config = new IndexWriterConfig(this.analyzers.perField()).setIndexSort(INDEX_ORDER)
				.setMergedSegmentWarmer(this.facets::warm)
				.setOpenMode(openMode(directory));
			this.writer = new IndexWriter(directory, config);
			this.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
			this.writer.commit();
			this.searchThreads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
					Thread.ofPlatform().name("posting-search-", 0).daemon().factory());
			this.searchers = new SearcherManager(this.writer, new WarmingSearcherFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the Lucene posting index in " + directory, ex);
		}
	}

	private static OpenMode openMode(Directory directory) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return OpenMode.CREATE;
		}
		String layout = SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY);
		if (LAYOUT.equals(layout)) {
			return OpenMode.APPEND;
		}
		logger.warn("The posting index in {} has an older layout; it starts anew, empty (ingest refills an empty "
				+ "index at start-up)", directory);
		return OpenMode.CREATE;
	}

	@Override
	public void save(Collection<JobPosting> postings) {
		try {
			// IndexWriter takes documents from many threads; building them (stored form,
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
			this.writer.updateDocument(new Term(PostingFields.ID, posting.id().toString()), toDocument(posting));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(PostingId id) {
		try {
			this.writer.deleteDocuments(new Term(PostingFields.ID, id.toString()));
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new PostingIndexUnavailable("Could not delete %s from the Lucene index".formatted(id), ex);
		}
	}

	@Override
	public Optional<JobPosting> findById(PostingId id) {
		return withSearcher((searcher) -> find(searcher, id));
	}

	private Optional<JobPosting> find(IndexSearcher searcher, PostingId id) throws IOException {
		TopDocs hits = searcher.search(new TermQuery(new Term(PostingFields.ID, id.toString())), 1);
		if (hits.scoreDocs.length == 0) {
			return Optional.empty();
		}
		return Optional.of(load(searcher, hits.scoreDocs, 0).get(0));
	}

	@Override
	public PostingPage search(PostingQuery query) {
		return search(query, (searcher, hits) -> load(searcher, hits, query.offset()));
	}

	/**
	 * Reads the page's postings from their doc values: no block of stored fields to
	 * decompress per posting, and no second thread.
	 */
	@Override
	public PostingPage searchShortened(PostingQuery query) {
		return search(query, (searcher, hits) -> loadShortened(searcher,
				Arrays.copyOfRange(hits, Math.min(query.offset(), hits.length), hits.length)));
	}

	private PostingPage search(PostingQuery query, Loader loader) {
		InterpretedText text = this.interpreter.interpret(query.text());
		Query lucene = toLuceneQuery(text, query);
		Sort sort = sort(query, text);
		return withSearcher((shared) -> {
			int wanted = query.offset() + query.size();
			IndexReader reader = shared.getIndexReader();
			IndexSearcher searcher = alone(shared);
			FacetCounter.Counts counted = this.counts.get(reader, lucene);
			TopDocs top;
			if (counted != null) {
				// counted before in this reader: the page alone, which stops at its last
				// competitive match instead of visiting them all
				top = searcher.search(lucene, new TopFieldCollectorManager(sort, wanted, null, wanted));
			}
			else {
				Object[] results;
				if (text.isEmpty()) {
					// two passes, each cheaper alone: the page (in the index's own order
					// the first matches of each segment, so it stops there; sorted by a
					// date or distance, it skips whatever cannot make it) and the
					// counting, which needs no scores and takes the matches of a
					// conjunction of filters a window at a time rather than one by one
					results = new Object[] {
							searcher.search(lucene, new TopFieldCollectorManager(sort, wanted, null, wanted)),
							searcher.search(lucene, this.facets.newSearch(reader)) };
				}
				else {
					// text matches few postings as a rule: one pass that ranks and counts
					// them costs less than two (a word found in most ads costs about a
					// quarter more)
					results = searcher.search(lucene,
							new MultiCollectorManager(
									new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE),
									this.facets.newSearch(reader)));
				}
				top = (TopDocs) results[0];
				counted = (FacetCounter.Counts) results[1];
				this.counts.put(reader, lucene, counted);
			}
			return new PostingPage(loader.load(searcher, top.scoreDocs), counted.hits(), query.page(), query.size(),
					counted.facets());
		});
	}

	/**
	 * The searcher's reader searched on the calling thread only: a page search's slices
	 * handed to the search threads cost more processor time than they save when every
	 * core is busy with other requests' searches.
	 */
	private static IndexSearcher alone(IndexSearcher shared) {
		IndexSearcher alone = new IndexSearcher(shared.getIndexReader());
		alone.setSimilarity(shared.getSimilarity());
		alone.setQueryCache(shared.getQueryCache());
		alone.setQueryCachingPolicy(shared.getQueryCachingPolicy());
		return alone;
	}

	/**
	 * One search for the whole list, and no facet counts: a candidate search of a few
	 * hundred postings would otherwise count facets over all matches once per page. The
	 * nearest postings within a distance are first looked for in a small circle, widened
	 * until it holds enough of them: the nearest of a smaller circle that holds enough
	 * are the nearest of the whole, and a wide circle around a town matches a good part
	 * of a large index, all of which a search must visit to sort.
	 */
	@Override
	public List<JobPosting> firstMatches(PostingQuery query, int limit) {
		return firstMatches(query, limit, (searcher, hits) -> load(searcher, hits, 0));
	}

	/**
	 * The same as {@link #firstMatches}, each posting read shortened from its doc values
	 * instead of whole from its stored fields.
	 */
	@Override
	public List<JobPosting> firstMatchesToScore(PostingQuery query, int limit) {
		return firstMatches(query, limit, LucenePostingIndex::loadShortened);
	}

	@Override
	public List<JobPosting> whole(List<JobPosting> postings) {
		if (postings.isEmpty()) {
			return List.of();
		}
		Query ids = new TermInSetQuery(PostingFields.ID,
				bytes(postings.stream().map((posting) -> posting.id().toString()).toList()));
		return withSearcher((searcher) -> {
			Map<PostingId, JobPosting> found = new HashMap<>();
			for (JobPosting posting : load(searcher, searcher.search(ids, postings.size()).scoreDocs, 0)) {
				found.put(posting.id(), posting);
			}
			return postings.stream().map((posting) -> found.getOrDefault(posting.id(), posting)).toList();
		});
	}

	private List<JobPosting> firstMatches(PostingQuery query, int limit, Loader loader) {
		int wanted = Math.min(limit, PostingQuery.MAX_RESULT_WINDOW);
		if (wanted < 1) {
			return List.of();
		}
		InterpretedText text = this.interpreter.interpret(query.text());
		Sort sort = sort(query, text);
		PostingQuery.Nearby nearby = query.nearby();
		if (query.sort() != PostingQuery.SortOrder.DISTANCE || nearby == null || nearby.withinKm() == null) {
			Query lucene = toLuceneQuery(text, query);
			return withSearcher((searcher) -> loader.load(searcher, searcher.search(lucene, wanted, sort).scoreDocs));
		}
		double within = nearby.withinKm();
		return withSearcher((searcher) -> {
			double km = Math.min(FIRST_CIRCLE_KM, within);
			while (true) {
				Query circle = toLuceneQuery(text, query.toBuilder().within(nearby.origin(), km).build());
				TopDocs top = searcher.search(circle, wanted, sort);
				if (top.scoreDocs.length >= wanted || km >= within) {
					return loader.load(searcher, top.scoreDocs);
				}
				km = Math.min(nextCircleKm(km, top.scoreDocs.length, wanted), within);
			}
		});
	}

	/**
	 * The radius of a circle expected to hold enough postings if they are spread evenly
	 * (the area grows with the square of the radius), with a margin: the fewer postings a
	 * circle has to visit, the cheaper the search, and each search of a circle too small
	 * costs little.
	 * @param km the radius of the last circle
	 * @param found how many postings it held (all of them: fewer than wanted)
	 * @param wanted how many are wanted
	 * @return the next radius
	 */
	static double nextCircleKm(double km, int found, int wanted) {
		double growth = (found == 0) ? MOST_CIRCLE_GROWTH : CIRCLE_MARGIN * Math.sqrt((double) wanted / found);
		return km * Math.clamp(growth, LEAST_CIRCLE_GROWTH, MOST_CIRCLE_GROWTH);
	}

	@Override
	public List<JobPosting> similarTo(PostingId id, int limit) {
		if (limit < 1) {
			return List.of();
		}
		return withSearcher((searcher) -> {
			Optional<JobPosting> found = find(searcher, id);
			if (found.isEmpty()) {
				return List.of();
			}
			Query similar = new BooleanQuery.Builder().add(this.clauses.likeThis(found.get()), Occur.MUST)
				.add(openPostings(), Occur.FILTER)
				.add(new TermQuery(new Term(PostingFields.ID, id.toString())), Occur.MUST_NOT)
				.build();
			return load(searcher, searcher.search(similar, limit, RELEVANCE).scoreDocs, 0);
		});
	}

	@Override
	public long count() {
		return withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs());
	}

	@Override
	public String describe() {
		return "Lucene index in %s with %d postings".formatted(this.directory, count());
	}

	private Query toLuceneQuery(InterpretedText text, PostingQuery query) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		if (text.isEmpty()) {
			bool.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		for (InterpretedText.Part part : text.parts()) {
			bool.add(this.clauses.clauseFor(part), Occur.MUST);
		}
		bool.add(openPostings(), Occur.FILTER);
		addFilter(bool, PostingFields.COUNTRY, query.countries().stream().map(Country::name).toList());
		addFilter(bool, PostingFields.REGION, query.regions());
		addFilter(bool, PostingFields.MUNICIPALITY, query.municipalities());
		addFilter(bool, PostingFields.ISCO, query.iscoGroups());
		addFilter(bool, PostingFields.EMPLOYMENT_TYPE, query.employmentTypes().stream().map(Enum::name).toList());
		addFilter(bool, PostingFields.WORKING_LANGUAGE, query.workingLanguages());
		addFilter(bool, PostingFields.DRIVING_LICENCE, query.drivingLicences());
		addFilter(bool, PostingFields.REMOTE, query.remoteModes().stream().map(Enum::name).toList());
		if (query.salary() != null) {
			Query salary = salaryFilter(query.salary());
			if (salary != null) {
				bool.add(salary, Occur.FILTER);
			}
		}
		if (query.publishedWithinDays() != null) {
			long since = PostingFields.searchTime(this.clock) - Duration.ofDays(query.publishedWithinDays()).toMillis();
			bool.add(LongField.newRangeQuery(PostingFields.PUBLISHED, since, Long.MAX_VALUE), Occur.FILTER);
		}
		PostingQuery.Nearby nearby = query.nearby();
		if (nearby != null && nearby.withinKm() != null) {
			bool.add(LatLonPoint.newDistanceQuery(PostingFields.LOCATION, nearby.origin().latitude(),
					nearby.origin().longitude(), nearby.withinKm() * 1000), Occur.FILTER);
		}
		return bool.build();
	}

	private Query words(String text) {
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzers.perField(), TEXT_WEIGHTS);
		parser.setDefaultOperator(Occur.MUST);
		return allUnlessExcluded(parser.parse(text));
	}

	/**
	 * "-natt" means everything but "natt", as in Elasticsearch; a Lucene query of
	 * exclusions alone would match nothing.
	 */
	private static Query allUnlessExcluded(Query query) {
		if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
				&& bool.clauses().stream().allMatch((clause) -> clause.occur() == Occur.MUST_NOT)) {
			BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
			bool.clauses().forEach(all::add);
			return all.build();
		}
		return query;
	}

	private static void addFilter(BooleanQuery.Builder bool, String field, Collection<String> anyOf) {
		if (!anyOf.isEmpty()) {
			bool.add(new TermInSetQuery(field, bytes(anyOf)), Occur.FILTER);
		}
	}

	private static List<BytesRef> bytes(Collection<String> values) {
		return values.stream().map(BytesRef::new).toList();
	}

	/** Active postings whose application deadline has not passed. */
	private Query openPostings() {
		return this.open.at(PostingFields.searchTime(this.clock));
	}

	/**
	 * Ranges overlap: the posting pays at least the least wanted and at most the most.
	 * @return the filter, or null when it keeps every posting
	 */
	private @Nullable Query salaryFilter(PostingQuery.SalaryFilter filter) {
		PostingFields.SalaryBounds bounds = PostingFields.salaryBounds(filter, this.rates);
		BooleanQuery.Builder stated = new BooleanQuery.Builder();
		stated.add(new FieldExistsQuery(PostingFields.SALARY_MIN), Occur.FILTER);
		if (bounds.min() != null) {
			stated.add(DoubleField.newRangeQuery(PostingFields.SALARY_MAX, bounds.min(), Double.POSITIVE_INFINITY),
					Occur.FILTER);
		}
		if (bounds.max() != null) {
			stated.add(DoubleField.newRangeQuery(PostingFields.SALARY_MIN, Double.NEGATIVE_INFINITY, bounds.max()),
					Occur.FILTER);
		}
		if (!filter.includeUnstated()) {
			return stated.build();
		}
		if (bounds.min() == null && bounds.max() == null) {
			return null;
		}
		Query unstated = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
			.add(new FieldExistsQuery(PostingFields.SALARY_MIN), Occur.MUST_NOT)
			.build();
		return new BooleanQuery.Builder().add(stated.build(), Occur.SHOULD).add(unstated, Occur.SHOULD).build();
	}

	private static Sort sort(PostingQuery query, InterpretedText text) {
		return switch (query.sort()) {
			// without text every match scores the same
			case RELEVANCE -> text.isEmpty() ? INDEX_ORDER : RELEVANCE;
			case NEWEST -> NEWEST;
			case DISTANCE -> {
				GeoPoint origin = query.nearby().origin();
				// postings without a location sort as infinitely far, so last
				yield new Sort(LatLonDocValuesField.newDistanceSort(PostingFields.LOCATION, origin.latitude(),
						origin.longitude()), THEN_BY_ID);
			}
		};
	}

	/**
	 * @param posting a posting
	 * @return the Lucene document {@link #save} writes for it; public for the import
	 * benchmark, whose bare-Lucene baseline indexes exactly these documents
	 */
	public Document toDocument(JobPosting posting) {
		String id = posting.id().toString();
		Document doc = new Document();
		doc.add(new StringField(PostingFields.ID, id, Field.Store.NO));
		doc.add(new SortedDocValuesField(PostingFields.ID, new BytesRef(id)));
		doc.add(new StringField(PostingFields.STATUS, posting.status().name(), Field.Store.NO));
		doc.add(new LongField(PostingFields.PUBLISHED, posting.published().toEpochMilli(), Field.Store.NO));
		// no deadline stated: open until the source withdraws it
		doc.add(new LongField(PostingFields.DEADLINE,
				(posting.applicationDeadline() != null) ? posting.applicationDeadline().toEpochMilli() : NO_DEADLINE,
				Field.Store.NO));

		TextLanguage language = PostingFields.textLanguage(posting);
		doc.add(new TextField(PostingFields.textField(PostingFields.TITLE, language), posting.title(), Field.Store.NO));
		doc.add(new TextField(PostingFields.textField(PostingFields.DESCRIPTION, language),
				PostingFields.descriptionText(posting), Field.Store.NO));
		doc.add(new TextField(PostingFields.EMPLOYER, posting.employer(), Field.Store.NO));

		keyword(doc, PostingFields.COUNTRY, posting.place().country().name());
		keyword(doc, PostingFields.REGION, PostingFields.regionId(posting.place()));
		keyword(doc, PostingFields.MUNICIPALITY, PostingFields.municipalityId(posting.place()));
		for (String place : PostingFields.placeIds(posting.place())) {
			doc.add(new StringField(PostingFields.PLACE, place, Field.Store.NO));
		}
		PostingOccupation occupation = posting.occupation();
		if (occupation != null) {
			doc.add(new StringField(PostingFields.OCCUPATION, occupation.conceptId(), Field.Store.NO));
			for (String group : PostingFields.iscoGroups(occupation.iscoCode())) {
				doc.add(new StringField(PostingFields.ISCO, group, Field.Store.NO));
			}
			if (occupation.iscoCode().length() == 4) {
				keyword(doc, PostingFields.ISCO_UNIT, occupation.iscoCode());
			}
		}
		for (String skill : new LinkedHashSet<>(posting.skills())) {
			doc.add(new StringField(PostingFields.SKILL, skill, Field.Store.NO));
		}
		Set<String> workingLanguages = new LinkedHashSet<>();
		posting.languages().stream().map(LanguageRequirement::languageCode).forEach(workingLanguages::add);
		workingLanguages.forEach((code) -> keyword(doc, PostingFields.WORKING_LANGUAGE, code));
		new LinkedHashSet<>(posting.drivingLicences())
			.forEach((licence) -> keyword(doc, PostingFields.DRIVING_LICENCE, licence));
		if (posting.employmentType() != null) {
			keyword(doc, PostingFields.EMPLOYMENT_TYPE, posting.employmentType().name());
		}
		if (posting.remote() != null) {
			keyword(doc, PostingFields.REMOTE, posting.remote().name());
		}
		addSalary(doc, posting);
		GeoPoint coordinates = posting.place().coordinates();
		if (coordinates != null) {
			doc.add(new LatLonPoint(PostingFields.LOCATION, coordinates.latitude(), coordinates.longitude()));
			doc.add(new LatLonDocValuesField(PostingFields.LOCATION, coordinates.latitude(), coordinates.longitude()));
		}
		doc.add(new StoredField(SOURCE, StoredPosting.write(posting)));
		doc.add(new BinaryDocValuesField(SHORTENED, new BytesRef(StoredPosting.write(posting.shortened()))));
		return doc;
	}

	/** A keyword that is filtered on and counted: terms and sorted-set doc values. */
	private static void keyword(Document doc, String field, @Nullable String value) {
		if (value != null) {
			doc.add(new KeywordField(field, value, Field.Store.NO));
		}
	}

	/**
	 * A salary in a currency without a rate cannot be compared, so it is indexed as if
	 * unstated; the stored posting keeps it.
	 */
	private void addSalary(Document doc, JobPosting posting) {
		PostingFields.salary(posting, this.rates).ifPresent((salary) -> {
			doc.add(new DoubleField(PostingFields.SALARY_MIN, salary.min(), Field.Store.NO));
			doc.add(new DoubleField(PostingFields.SALARY_MAX, salary.max(), Field.Store.NO));
		});
	}

	/**
	 * Reads the stored postings of hits, in document order: neighbours share a compressed
	 * block of stored fields, which is then decompressed once. A page of many is read in
	 * two halves at once, one by a search thread (they are idle once the search is done).
	 */
	private List<JobPosting> load(IndexSearcher searcher, ScoreDoc[] hits, int from) throws IOException {
		int[] docs = new int[Math.max(0, hits.length - from)];
		Arrays.setAll(docs, (i) -> hits[from + i].doc);
		int[] order = new int[docs.length];
		Arrays.setAll(order, (i) -> i);
		order = Arrays.stream(order)
			.boxed()
			.sorted(Comparator.comparingInt((i) -> docs[i]))
			.mapToInt((i) -> i)
			.toArray();
		JobPosting[] postings = new JobPosting[docs.length];
		if (docs.length < PARALLEL_LOAD) {
			load(searcher.getIndexReader(), docs, order, 0, order.length, postings);
			return List.of(postings);
		}
		int half = order.length / 2;
		int[] sorted = order;
		FutureTask<@Nullable Void> second = new FutureTask<>(() -> {
			load(searcher.getIndexReader(), docs, sorted, half, sorted.length, postings);
			return null;
		});
		this.searchThreads.execute(second);
		load(searcher.getIndexReader(), docs, order, 0, half, postings);
		// not yet taken by a search thread: read it here (running a started or finished
		// task again does nothing)
		second.run();
		try {
			second.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while reading postings", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException("Could not read postings", ex.getCause());
		}
		return List.of(postings);
	}

	/**
	 * Reads the shortened postings of hits from their doc values, in document order (doc
	 * values are read forwards, segment by segment).
	 */
	private static List<JobPosting> loadShortened(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		Integer[] order = new Integer[hits.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((i) -> hits[i].doc));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		JobPosting[] postings = new JobPosting[hits.length];
		LeafReaderContext leaf = null;
		BinaryDocValues shortened = null;
		for (int i : order) {
			int doc = hits[i].doc;
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				shortened = DocValues.getBinary(leaf.reader(), SHORTENED);
			}
			if (!shortened.advanceExact(doc - leaf.docBase)) {
				throw new IllegalStateException("Posting document %d has no shortened form".formatted(doc));
			}
			postings[i] = StoredPosting.read(shortened.binaryValue());
		}
		return List.of(postings);
	}

	/** Reads {@code docs[order[from]]} up to {@code docs[order[to - 1]]}. */
	private void load(IndexReader reader, int[] docs, int[] order, int from, int to, JobPosting[] postings)
			throws IOException {
		// a StoredFields is for one thread
		StoredFields stored = reader.storedFields();
		for (int i = from; i < to; i++) {
			BytesRef source = stored.document(docs[order[i]]).getBinaryValue(SOURCE);
			postings[order[i]] = StoredPosting.read(source);
		}
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

	private static Map<String, Float> textWeights(boolean wholeText) {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (TextLanguage language : TextLanguage.values()) {
			weights.put(PostingFields.textField(PostingFields.TITLE, language), PostingFields.TITLE_WEIGHT);
		}
		if (wholeText) {
			weights.put(PostingFields.EMPLOYER, PostingFields.EMPLOYER_WEIGHT);
			for (TextLanguage language : TextLanguage.values()) {
				weights.put(PostingFields.textField(PostingFields.DESCRIPTION, language),
						PostingFields.DESCRIPTION_WEIGHT);
			}
		}
		return Map.copyOf(weights);
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
		this.analyzers.close();
		this.searchThreads.shutdown();
	}

	/**
	 * The shared clause rules written as Lucene queries.
	 */
	private final class LuceneClauses implements TextClauses<Query> {

		@Override
		public Query allWords(String text) {
			return words(text);
		}

		@Override
		public Query anyTitleWord(String title) {
			// no operators: a title is words, not query syntax ("Lærer -vikar" must not
			// exclude anything)
			SimpleQueryParser titles = new SimpleQueryParser(LucenePostingIndex.this.analyzers.perField(),
					TITLE_WEIGHTS, 0);
			titles.setDefaultOperator(Occur.SHOULD);
			return titles.parse(title);
		}

		@Override
		public Query anyValue(String field, Collection<String> values, float score) {
			return constant(new TermInSetQuery(field, bytes(values)), score);
		}

		@Override
		public Query anyOf(List<Query> alternatives) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			alternatives.forEach((alternative) -> any.add(alternative, Occur.SHOULD));
			return any.build();
		}

		@Override
		public Query constant(Query query, float constantScore) {
			return new BoostQuery(new ConstantScoreQuery(query), constantScore);
		}

	}

	/** Reads the postings of hits, in the hits' order (a page: from its offset). */
	@FunctionalInterface
	private interface Loader {

		List<JobPosting> load(IndexSearcher searcher, ScoreDoc[] hits) throws IOException;

	}

	@FunctionalInterface
	private interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/**
	 * Reads the facet values of every segment a new searcher sees before it searches, so
	 * no search pays for it.
	 */
	private final class WarmingSearcherFactory extends SearcherFactory {

		@Override
		public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previousReader) throws IOException {
			LucenePostingIndex.this.facets.warm(reader);
			return new IndexSearcher(reader, LucenePostingIndex.this.searchThreads);
		}

	}

}
