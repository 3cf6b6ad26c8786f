package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.index.PostingFields.TextLanguage;
import io.arcticmatch.matcher.index.QueryInterpreter;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.FacetCount;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingIndexContract;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingQuery;
import io.arcticmatch.matcher.posting.PostingStatus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class LucenePostingIndexTest extends PostingIndexContract {

	/**
	 * Loading the concepts takes seconds; they are immutable, so all tests share them.
	 */
	private static final QueryInterpreter INTERPRETER = new QueryInterpreter(Concepts.loadDefault());

	private LucenePostingIndex index;

	@BeforeEach
	void openEmptyIndex() {
		this.index = open(new ByteBuffersDirectory());
	}

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Override
	protected PostingIndex index() {
		return this.index;
	}

	@Test
	void reopenedIndexHasItsPostings(@TempDir Path folder) throws Exception {
		JobPosting nurse = posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO);
		try (LucenePostingIndex first = open(FSDirectory.open(folder))) {
			first.save(List.of(nurse));
		}

		try (LucenePostingIndex reopened = open(FSDirectory.open(folder))) {
			assertThat(reopened.findById(nurse.id())).contains(nurse);
			assertThat(reopened.search(PostingQuery.text("sykepleier")).postings()).containsExactly(nurse);
		}
	}

	@Test
	void facetCountsLeaveOutReplacedPostingsWhetherFewOrMostMatch() {
		List<JobPosting> postings = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			JobPosting.Builder posting = posting("nav", "p" + i, "Kokk", "Hotell", (i < 5) ? Country.NO : Country.SE)
				.toBuilder();
			posting.language(new LanguageRequirement((i < 5) ? "nb" : "sv", true));
			if (i % 2 == 0) {
				posting.language(new LanguageRequirement("en", false));
			}
			postings.add(posting.build());
		}
		this.index.save(postings);
		// replaced postings stay in the first segment as deleted documents
		this.index.save(List.of(posting("nav", "p0", "Kokk", "Hotell", Country.FI),
				postings.get(1).toBuilder().place(PostingPlace.inCountry(Country.FI)).build()));

		PostingPage all = this.index.search(PostingQuery.text(""));
		PostingPage swedish = this.index.search(PostingQuery.builder().countries(Country.SE).build());

		assertThat(all.totalHits()).isEqualTo(8);
		assertThat(all.facet(Facet.COUNTRY)).containsExactly(new FacetCount("NO", 3), new FacetCount("SE", 3),
				new FacetCount("FI", 2));
		assertThat(all.facet(Facet.WORKING_LANGUAGE)).containsExactly(new FacetCount("nb", 4), new FacetCount("en", 3),
				new FacetCount("sv", 3));
		assertThat(swedish.totalHits()).isEqualTo(3);
		assertThat(swedish.facet(Facet.WORKING_LANGUAGE)).containsExactly(new FacetCount("sv", 3),
				new FacetCount("en", 1));
	}

	@Test
	void tiesAreInIdOrderAcrossSegmentsInEveryOrderAndPage() {
		// saved in batches, each its own segment, so that the id order runs across them
		List<String> ids = List.of("07", "02", "11", "05", "00", "09", "03", "10", "01", "06", "04", "08");
		for (int batch = 0; batch < 4; batch++) {
			this.index.save(ids.subList(batch * 3, batch * 3 + 3)
				.stream()
				.map((id) -> posting("nav", id, "Elektriker", "Elektro AS", Country.NO))
				.toList());
		}
		List<String> expected = ids.stream().sorted().map((id) -> "nav:" + id).toList();

		for (PostingQuery.SortOrder sort : PostingQuery.SortOrder.values()) {
			for (String text : List.of("elektriker", "")) {
				List<String> found = new ArrayList<>();
				for (int page = 0; page < 3; page++) {
					PostingQuery.Builder query = PostingQuery.builder().text(text).sort(sort).page(page, 5);
					if (sort == PostingQuery.SortOrder.DISTANCE) {
						query.nearby(new PostingQuery.Nearby(new GeoPoint(68.4385, 17.4272), null));
					}
					PostingPage result = this.index.search(query.build());
					assertThat(result.totalHits()).isEqualTo(12);
					result.postings().forEach((posting) -> found.add(posting.id().toString()));
				}
				assertThat(found).as("%s, text '%s'", sort, text).isEqualTo(expected);
			}
		}
	}

	@Test
	void postingsToScoreAreReadShortenedAndOnlyTheShownOnesWhole() {
		JobPosting nurse = posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO).toBuilder()
			.applyUrl(URI.create("https://example.org/apply/1"))
			.guess("deadline had no offset")
			.build();
		JobPosting cook = posting("nav", "2", "Kokk", "Narvik kommune", Country.NO);
		this.index.save(List.of(nurse, cook));
		PostingQuery nearby = PostingQuery.builder()
			.within(new GeoPoint(68.4385, 17.4272), 10)
			.sort(PostingQuery.SortOrder.DISTANCE)
			.build();

		List<JobPosting> toScore = this.index.firstMatchesToScore(nearby, 10);

		assertThat(toScore).containsExactly(nurse.shortened(), cook.shortened());
		assertThat(toScore).allSatisfy((posting) -> assertThat(posting.description()).isEmpty());
		assertThat(this.index.whole(toScore)).containsExactly(nurse, cook);
	}

	@Test
	void aShortenedSearchFindsTheSamePagesAndCountsWithShortenedPostings() {
		List<JobPosting> cooks = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			cooks.add(posting("nav", "k" + i, (i % 3 == 0) ? "Kokk" : "Kokk og servitør", "Hotell",
					(i < 7) ? Country.NO : Country.SE));
		}
		this.index.save(cooks.subList(0, 6));
		this.index.save(cooks.subList(6, 12));

		for (PostingQuery query : List.of(PostingQuery.builder().text("kokk").page(1, 5).build(),
				PostingQuery.builder().text("").sort(PostingQuery.SortOrder.NEWEST).page(0, 10).build(),
				PostingQuery.builder().text("servitør").countries(Country.SE).page(1, 3).build())) {
			PostingPage whole = this.index.search(query);
			PostingPage shortened = this.index.searchShortened(query);

			assertThat(shortened.postings()).as(query.toString())
				.isNotEmpty()
				.isEqualTo(whole.postings().stream().map(JobPosting::shortened).toList());
			assertThat(shortened.postings()).allSatisfy((posting) -> assertThat(posting.description()).isEmpty());
			assertThat(shortened.totalHits()).isEqualTo(whole.totalHits());
			assertThat(shortened.facets()).isEqualTo(whole.facets());
			assertThat(shortened.page()).isEqualTo(whole.page());
		}
	}

	@Test
	void theNextCircleIsAsWideAsEvenlySpreadPostingsNeedWithinBounds() {
		// nothing found: four times as wide
		assertThat(LucenePostingIndex.nextCircleKm(2, 0, 300)).isEqualTo(8);
		// almost enough: still half as wide again, so that few searches are needed
		assertThat(LucenePostingIndex.nextCircleKm(2, 290, 300)).isEqualTo(3);
		// a third of what is wanted: the area three times, with a margin
		assertThat(LucenePostingIndex.nextCircleKm(10, 100, 300)).isCloseTo(10 * 1.3 * Math.sqrt(3), offset(1e-9));
		assertThat(LucenePostingIndex.nextCircleKm(10, 1, 300)).isEqualTo(40);
	}

	@Test
	void anIndexOfAnOlderLayoutStartsAnew() throws Exception {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
			// fields of the first layout: points without doc values, untokenised country
			Document document = new Document();
			document.add(new StringField(PostingFields.ID, "nav:old", Field.Store.NO));
			document.add(new StringField(PostingFields.COUNTRY, "NO", Field.Store.NO));
			document.add(new LongPoint(PostingFields.DEADLINE, Long.MAX_VALUE));
			older.addDocument(document);
		}
		JobPosting nurse = posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO);

		try (LucenePostingIndex index = open(directory)) {
			index.save(List.of(nurse));

			assertThat(index.count()).isEqualTo(1);
			assertThat(index.search(PostingQuery.text("")).postings()).containsExactly(nurse);
		}
	}

	@Test
	void analyzersFoldStemAndDropStopWordsPerLanguage() throws Exception {
		try (PostingAnalyzers analyzers = new PostingAnalyzers()) {
			assertThat(terms(analyzers.forLanguage(TextLanguage.NB), "Sykepleiere til Tromsø"))
				.containsExactly("sykepleier", "tromso");
			assertThat(terms(analyzers.forLanguage(TextLanguage.SV), "Sjuksköterskor i Kiruna"))
				.containsExactly("sjukskotersk", "kirun");
			assertThat(terms(analyzers.forLanguage(TextLanguage.FI), "Sairaanhoitajia Rovaniemellä"))
				.containsExactly("sairaanhoitaj", "rovaniem");
			assertThat(terms(analyzers.forLanguage(TextLanguage.EN), "Nurses in the north")).containsExactly("nurs",
					"north");
			assertThat(terms(analyzers.employer(), "Helse Nord og Tromsø")).containsExactly("helse", "nord", "og",
					"tromso");
		}
	}

	@Test
	void countsOfASearchFollowNewAndDeletedPostings() {
		for (String text : List.of("", "kokk")) {
			PostingQuery norway = PostingQuery.builder().text(text).countries(Country.NO).page(0, 2).build();
			PostingQuery newestSecondPage = norway.toBuilder().sort(PostingQuery.SortOrder.NEWEST).page(1, 2).build();
			List<JobPosting> cooks = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				cooks.add(posting("nav", text + "c" + i, "Kokk", "Hotell", (i < 3) ? Country.NO : Country.SE));
			}
			this.index.save(cooks);

			PostingPage first = this.index.search(norway);
			// the same search on another page and in another order: counted once, the
			// counts are the same
			PostingPage again = this.index.search(newestSecondPage);
			assertThat(first.totalHits()).isEqualTo(again.totalHits());
			assertThat(first.facets()).isEqualTo(again.facets());
			assertThat(again.postings()).hasSize((int) Math.min(2, first.totalHits() - 2));
			long before = first.totalHits();

			JobPosting added = posting("nav", text + "new", "Kokk", "Hotell", Country.NO);
			this.index.save(List.of(added));
			PostingPage afterSave = this.index.search(norway);
			assertThat(afterSave.totalHits()).as("text '%s'", text).isEqualTo(before + 1);
			assertThat(afterSave.facet(Facet.COUNTRY)).containsExactly(new FacetCount("NO", before + 1));
			assertThat(this.index.search(newestSecondPage).totalHits()).isEqualTo(before + 1);

			this.index.delete(added.id());
			assertThat(this.index.search(norway).totalHits()).as("text '%s'", text).isEqualTo(before);
		}
	}

	@Test
	void aPostingLeavesSearchesAndTheirCountsOnceItsDeadlinePassesOnTheIndexClock() throws Exception {
		MovableClock clock = new MovableClock(NOW.instant());
		try (LucenePostingIndex moving = new LucenePostingIndex(new ByteBuffersDirectory(), clock, INTERPRETER,
				CurrencyRates.nordic())) {
			JobPosting closing = posting("nav", "closing", "Kokk", "Hotell", Country.NO).toBuilder()
				.applicationDeadline(NOW.instant().plus(Duration.ofSeconds(90)))
				.build();
			JobPosting onTheMinute = posting("nav", "minute", "Kokk", "Hotell", Country.NO).toBuilder()
				.applicationDeadline(NOW.instant().plus(Duration.ofMinutes(1)))
				.build();
			JobPosting later = posting("nav", "later", "Kokk", "Hotell", Country.SE).toBuilder()
				.applicationDeadline(NOW.instant().plus(Duration.ofMinutes(10)))
				.build();
			JobPosting open = posting("nav", "open", "Kokk", "Hotell", Country.FI).toBuilder()
				.applicationDeadline(null)
				.build();
			moving.save(List.of(closing, onTheMinute, later, open));

			for (String text : List.of("", "kokk")) {
				assertThat(moving.search(PostingQuery.text(text)).postings()).as("text '%s'", text)
					.containsExactly(closing, later, onTheMinute, open);
			}
			// a minute on the deadlines have not passed yet; two minutes on they have
			clock.set(NOW.instant().plus(Duration.ofMinutes(1)));
			assertThat(moving.search(PostingQuery.text("")).totalHits()).isEqualTo(4);
			clock.set(NOW.instant().plus(Duration.ofMinutes(2)));
			for (String text : List.of("", "kokk")) {
				PostingPage page = moving.search(PostingQuery.text(text));
				assertThat(page.postings()).as("text '%s'", text).containsExactly(later, open);
				assertThat(page.facet(Facet.COUNTRY)).containsExactly(new FacetCount("FI", 1), new FacetCount("SE", 1));
			}
			assertThat(moving.similarTo(open.id(), 10)).containsExactly(later);
			clock.set(NOW.instant().plus(Duration.ofMinutes(11)));
			assertThat(moving.search(PostingQuery.text("kokk")).postings()).containsExactly(open);
			// a clock set back shows what was open then
			clock.set(NOW.instant());
			assertThat(moving.search(PostingQuery.text("kokk")).totalHits()).isEqualTo(4);
		}
	}

	@Test
	void aPostingMadeInactiveOrDeletedLeavesSearchesAndANewOneJoinsThem() {
		JobPosting first = posting("nav", "a", "Kokk", "Hotell", Country.NO);
		JobPosting second = posting("nav", "b", "Kokk", "Hotell", Country.NO);
		this.index.save(List.of(first, second));
		assertThat(this.index.search(PostingQuery.text("")).postings()).containsExactly(first, second);

		this.index.save(List.of(second.toBuilder().status(PostingStatus.INACTIVE).build()));
		assertThat(this.index.search(PostingQuery.text("")).postings()).containsExactly(first);
		assertThat(this.index.search(PostingQuery.text("kokk")).postings()).containsExactly(first);

		this.index.delete(first.id());
		JobPosting third = posting("nav", "c", "Kokk", "Hotell", Country.NO);
		this.index.save(List.of(third));
		assertThat(this.index.search(PostingQuery.text("")).postings()).containsExactly(third);
		assertThat(this.index.search(PostingQuery.text("kokk")).totalHits()).isEqualTo(1);
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("any", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		return terms;
	}

	/** The index's clock, moved by a test. */
	private static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private static LucenePostingIndex open(Directory directory) {
		return new LucenePostingIndex(directory, NOW, INTERPRETER, CurrencyRates.nordic());
	}

}
