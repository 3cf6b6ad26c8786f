package io.arcticmatch.ingest.source.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.RejectedPostings;
import io.arcticmatch.ingest.source.http.FeedServer.Reply;
import io.arcticmatch.ingest.source.jobtech.JobTechFetcher;
import io.arcticmatch.ingest.source.nav.NavFetcher;
import io.arcticmatch.ingest.source.parse.JsonPayloads;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptFetcher;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.arcticmatch.ingest.source.http.FeedServer.body;
import static io.arcticmatch.ingest.source.http.FeedServer.json;
import static io.arcticmatch.ingest.source.http.FeedServer.resource;
import static io.arcticmatch.ingest.source.http.FeedServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three fetchers against local servers that play the feeds, into the real pipeline
 * (intake in PostgreSQL, in-process bus, conversion, normalisation, the Lucene index).
 * The sources are disabled so that the scheduler stays out; each test calls the fetchers'
 * sync step itself.
 */
@SpringBootTest(properties = { "arctic.ingest.nav.enabled=false", "arctic.ingest.jobtech.enabled=false",
		"arctic.ingest.tyomarkkinatori.enabled=false", "arctic.ingest.jobtech.api-key=test-key",
		"arctic.ingest.jobtech.page-size=2", "arctic.ingest.tyomarkkinatori.page-size=20" })
class FeedFetchersEndToEndTest {

	private static final Duration THROUGH_THE_PIPELINE = Duration.ofSeconds(30);

	private static final FeedServer NAV = FeedServer.start();

	private static final FeedServer JOBSTREAM = FeedServer.start();

	private static final FeedServer TPT = FeedServer.start();

	private static final String P1 = "/api/v1/feed";

	private static final String P2 = "/api/v1/feed/4b2f6a0e-5c1d-4e8f-9a7b-2d3c4e5f6a71";

	private static final String P3 = "/api/v1/feed/8f1e2d3c-4b5a-4968-8776-65a4b3c2d1e0";

	private static final String P3_LAST_MODIFIED = "Thu, 01 Apr 2021 08:00:00 GMT";

	private static final String AD_2 = "5e80d029-bd08-43ab-a6ce-b57a0e47f52b";

	private static final String AD_1 = "db6cc067-7f39-42f1-9866-d9ee47894ec6";

	private static final String OS = "c6d9fe0d-3a06-4314-b772-730d50481a45";

	private static final String AD_DTO = "10584075-1e5c-4a83-bf49-c80bcab83018";

	private static final String BREDVID = "6a1001ca-cf5d-472a-abd8-698bc036687c";

	private static final Map<String, String> NAV_ENTRIES = Map.of(AD_2, "nav-feedentry-from-ad_2.json", AD_1,
			"nav-feedentry-from-ad_1.json", OS, "nav-feedentry-from-os-kommune.json", AD_DTO,
			"nav-feedentry-from-ad_dto.json", BREDVID, "nav-feedentry-edited-categories.json");

	private static final AtomicReference<String> navToken = new AtomicReference<>("token-a");

	@Autowired
	private FeedRuns runs;

	@Autowired
	private NavFetcher nav;

	@Autowired
	private JobTechFetcher jobTech;

	@Autowired
	private TeTptFetcher tpt;

	@Autowired
	private Checkpoints checkpoints;

	@Autowired
	private PostingIndex index;

	@Autowired
	private RejectedPostings rejected;

	@Autowired
	private FeedsHealthIndicator health;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void feeds(DynamicPropertyRegistry properties) {
		properties.add("arctic.ingest.nav.base-url", () -> NAV.base().toString());
		properties.add("arctic.ingest.jobtech.base-url", () -> JOBSTREAM.base().resolve("jobstream").toString());
		properties.add("arctic.ingest.tyomarkkinatori.base-url", () -> TPT.base().resolve("tpt-api/").toString());
	}

	@AfterAll
	static void stopServers() {
		NAV.close();
		JOBSTREAM.close();
		TPT.close();
	}

	@BeforeEach
	void playTheNavFeed() {
		NAV.reset();
		JOBSTREAM.reset();
		TPT.reset();
		NAV.on("/api/publicToken", (request) -> body(200, "text/plain",
				"Current public token for Nav Job Vacancy Feed:\n" + navToken.get() + "\n")
			.answer(request));
		NAV.on(P1, authorized(json(resource("/feeds/nav/page-1.json"))));
		NAV.on(P2, authorized(json(resource("/feeds/nav/page-2.json"))));
		NAV.on(P3, authorized(conditional("/feeds/nav/page-3.json", "\"etag-p3\"", P3_LAST_MODIFIED)));
		NAV_ENTRIES
			.forEach((uuid, fixture) -> NAV.on(entry(uuid), authorized(json(resource("/source/norway/" + fixture)))));
	}

	@AfterEach
	void forgetWhatWasFetched() {
		awaitPipelineDrained();
		this.jdbc.sql("select source, source_id from ingest_raw_posting")
			.query((row, n) -> new PostingId(row.getString("source"), row.getString("source_id")))
			.list()
			.forEach(this.index::delete);
		this.jdbc.sql("delete from ingest_rejected_posting").update();
		this.jdbc.sql("delete from ingest_raw_posting").update();
		this.jdbc.sql("delete from ingest_checkpoint").update();
		this.jdbc.sql("delete from ingest_listed_ad").update();
		this.jdbc.sql("delete from ingest_listing").update();
		this.jdbc.sql("delete from ingest_posting_register").update();
	}

	@Test
	void navFirstSyncFollowsNextUrlsFetchesEachEntryOnceAndWithdrawsInactiveAds() {
		Instant before = Instant.now();

		SyncOutcome outcome = this.runs.run(this.nav);

		assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Synced.class, (synced) -> {
			assertThat(synced.report().pages()).isEqualTo(3);
			assertThat(synced.report().caughtUp()).isTrue();
			assertThat(synced.report().unreadable()).isZero();
		});
		Instant since = ZonedDateTime
			.parse(NAV.requests(P1).get(0).header("If-Modified-Since"), DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
		assertThat(since).as("a first sync starts 183 days back")
			.isBetween(before.minus(Duration.ofDays(183)).minusSeconds(2),
					Instant.now().minus(Duration.ofDays(183)).plusSeconds(1));
		assertThat(NAV.requests(P2)).as("the relative next_url").hasSize(1);
		assertThat(NAV.requests(P3)).as("the absolute next_url").hasSize(1);
		assertThat(NAV_ENTRIES.keySet()).as("overlapping lines fetched once")
			.allSatisfy((uuid) -> assertThat(NAV.requests(entry(uuid))).hasSize(1));
		assertThat(keptPerAd("nav")).isEqualTo(Map.of(AD_2, 1L, AD_1, 2L, OS, 1L, AD_DTO, 1L, BREDVID, 1L));
		Checkpoint checkpoint = this.checkpoints.of("nav");
		assertThat(checkpoint.etag()).isEqualTo("\"etag-p3\"");
		assertThat(checkpoint.lastModified()).isEqualTo(P3_LAST_MODIFIED);
		assertThat(checkpoint.position()).contains(P3, BREDVID);

		awaitPipelineDrained();
		assertThat(List.of(AD_2, OS, AD_DTO, BREDVID))
			.allSatisfy((uuid) -> assertThat(this.index.findById(new PostingId("nav", uuid))).isPresent());
		assertThat(this.index.findById(new PostingId("nav", AD_1))).as("withdrawn on page 2").isEmpty();
	}

	@Test
	void caughtUpNavFeedIsPolledWithItsETagAndReadOnFromTheLastLineWhenItGrows() {
		assertThat(this.runs.run(this.nav)).isInstanceOf(SyncOutcome.Synced.class);
		Checkpoint caughtUp = this.checkpoints.of("nav");
		navToken.set("token-b-" + System.nanoTime());
		int tokensBefore = NAV.requests("/api/publicToken").size();

		SyncOutcome unchanged = this.runs.run(this.nav);

		assertThat(unchanged).isInstanceOfSatisfying(SyncOutcome.Synced.class,
				(synced) -> assertThat(synced.report().pages()).isZero());
		List<FeedServer.Request> polls = NAV.requests(P3);
		assertThat(polls).as("the first page 3, then 401 (the token rotated) and the 304 after renewal").hasSize(3);
		assertThat(polls.get(2).header("If-None-Match")).isEqualTo("\"etag-p3\"");
		assertThat(polls.get(2).header("If-Modified-Since")).isEqualTo(P3_LAST_MODIFIED);
		assertThat(NAV.requests("/api/publicToken")).hasSize(tokensBefore + 1);
		assertThat(this.checkpoints.of("nav")).isEqualTo(caughtUp);

		NAV.on(P3, authorized(conditional("/feeds/nav/page-3-grown.json", "\"etag-p3-grown\"", P3_LAST_MODIFIED)));
		NAV.on(entry(OS), authorized(status(404)));
		SyncOutcome grown = this.runs.run(this.nav);

		assertThat(grown).isInstanceOfSatisfying(SyncOutcome.Synced.class,
				(synced) -> assertThat(synced.report().fetched()).as("only the two new lines").isEqualTo(2));
		assertThat(NAV.requests(entry(AD_DTO))).hasSize(1);
		assertThat(NAV.requests(entry(BREDVID))).hasSize(1);
		assertThat(NAV.requests(entry(OS))).as("once on page 1, once for the new line (404)").hasSize(2);
		assertThat(this.checkpoints.of("nav").etag()).isEqualTo("\"etag-p3-grown\"");
		awaitPipelineDrained();
		assertThat(this.index.findById(new PostingId("nav", AD_2))).as("an INACTIVE line").isEmpty();
		assertThat(this.index.findById(new PostingId("nav", OS))).as("an entry NAV no longer has").isEmpty();
		assertThat(this.index.findById(new PostingId("nav", BREDVID))).isPresent();
	}

	@Test
	void aStoredPageNavNoLongerHasIsReadAgainFromTheFeedSinceTheLastLineHandled() {
		assertThat(this.runs.run(this.nav)).isInstanceOf(SyncOutcome.Synced.class);
		int firstPageReads = NAV.requests(P1).size();
		// NAV has dropped page 3; read from the start, the feed since the last line
		// handled
		// (BREDVID, 2021-04-01T10:00+02:00) is what page 3 has grown to
		NAV.on(P3, authorized(status(404)));
		NAV.on(P1, authorized(json(resource("/feeds/nav/page-3-grown.json"))));

		SyncOutcome resumed = this.runs.run(this.nav);

		assertThat(resumed).isInstanceOfSatisfying(SyncOutcome.Synced.class,
				(synced) -> assertThat(synced.report().fetched()).as("only the two new lines").isEqualTo(2));
		List<FeedServer.Request> fromTheStart = NAV.requests(P1);
		assertThat(fromTheStart).hasSize(firstPageReads + 1);
		assertThat(fromTheStart.getLast().header("If-Modified-Since")).isEqualTo("Thu, 1 Apr 2021 08:00:00 GMT");
		awaitPipelineDrained();
		assertThat(this.index.findById(new PostingId("nav", AD_2))).as("an INACTIVE line").isEmpty();
	}

	@Test
	void aFeedWithoutTheStoredPageOrItsStartIsAFailureAndTheCheckpointStays() {
		assertThat(this.runs.run(this.nav)).isInstanceOf(SyncOutcome.Synced.class);
		Checkpoint caughtUp = this.checkpoints.of("nav");
		NAV.on(P3, authorized(status(404)));
		NAV.on(P1, authorized(status(404)));

		SyncOutcome failed = this.runs.run(this.nav);

		assertThat(failed).isInstanceOfSatisfying(SyncOutcome.Failed.class,
				(failure) -> assertThat(failure.failure().kind()).isEqualTo(FeedFailure.Kind.REQUEST_REFUSED));
		assertThat(this.checkpoints.of("nav")).isEqualTo(caughtUp);
	}

	@Test
	void checkpointStaysWhenAPageFailsAndTheNextStepResumesFromThatPage() {
		NAV.on(P2, authorized(status(500)));

		SyncOutcome failed = this.runs.run(this.nav);

		assertThat(failed).isInstanceOfSatisfying(SyncOutcome.Failed.class,
				(failure) -> assertThat(failure.failure().kind()).isEqualTo(FeedFailure.Kind.SERVER_ERROR));
		assertThat(NAV.requests(P2)).as("every try").hasSize(3);
		assertThat(this.checkpoints.of("nav").position()).contains(P2, OS);
		assertThat(keptPerAd("nav")).isEqualTo(Map.of(AD_2, 1L, AD_1, 1L, OS, 1L));
		assertThat(this.health.health().getDetails().get("nav")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("lastFailureKind", "SERVER_ERROR")
			.extractingByKey("consecutiveFailures", InstanceOfAssertFactories.INTEGER)
			.isPositive();

		NAV.on(P2, authorized(json(resource("/feeds/nav/page-2.json"))));
		SyncOutcome resumed = this.runs.run(this.nav);

		assertThat(resumed).isInstanceOfSatisfying(SyncOutcome.Synced.class,
				(synced) -> assertThat(synced.report().pages()).as("pages 2 and 3").isEqualTo(2));
		assertThat(NAV.requests(P1)).as("page 1 is not fetched again").hasSize(1);
		assertThat(NAV_ENTRIES.keySet()).allSatisfy((uuid) -> assertThat(NAV.requests(entry(uuid))).hasSize(1));
		assertThat(keptPerAd("nav")).isEqualTo(Map.of(AD_2, 1L, AD_1, 2L, OS, 1L, AD_DTO, 1L, BREDVID, 1L));
		assertThat(this.health.health().getDetails().get("nav")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("consecutiveFailures", 0);
		awaitPipelineDrained();
		assertThat(List.of(AD_2, OS, AD_DTO, BREDVID))
			.allSatisfy((uuid) -> assertThat(this.index.findById(new PostingId("nav", uuid))).isPresent());
		assertThat(this.index.findById(new PostingId("nav", AD_1))).isEmpty();
	}

	@Test
	void aTruncatedPageFailsAsMalformedAndTheCheckpointStays() {
		NAV.on(P1, authorized(json(resource("/source/norway/nav-feed-page-malformed.json"))));

		SyncOutcome outcome = this.runs.run(this.nav);

		assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Failed.class, (failed) -> {
			assertThat(failed.failure().kind()).isEqualTo(FeedFailure.Kind.MALFORMED_PAGE);
			assertThat(failed.failure().getMessage()).contains("not valid JSON");
		});
		assertThat(this.checkpoints.of("nav")).isEqualTo(Checkpoint.START);
		assertThat(keptPerAd("nav")).isEmpty();
	}

	@Test
	void anEntryThatKeepsFailingStopsTheStepBeforeItsPage() {
		NAV.on(entry(OS), authorized(status(503)));

		SyncOutcome outcome = this.runs.run(this.nav);

		assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Failed.class,
				(failed) -> assertThat(failed.failure().kind()).isEqualTo(FeedFailure.Kind.SERVER_ERROR));
		assertThat(this.checkpoints.of("nav")).isEqualTo(Checkpoint.START);
		assertThat(keptPerAd("nav")).isEmpty();
	}

	@Test
	void jobStreamSnapshotThenStreamFromTheSnapshotStartLessAMinuteInSwedishTime() {
		JOBSTREAM.on("/jobstream/snapshot", json(resource("/feeds/jobtech/snapshot.json")));
		Instant before = Instant.now();

		SyncOutcome snapshot = this.runs.run(this.jobTech);

		assertThat(snapshot).isInstanceOfSatisfying(SyncOutcome.Synced.class, (synced) -> {
			assertThat(synced.report().fetched()).isEqualTo(4);
			assertThat(synced.report().pages()).as("two batches of two, then the empty last one").isEqualTo(3);
		});
		assertThat(JOBSTREAM.requests("/jobstream/snapshot").get(0).header("api-key")).isEqualTo("test-key");
		Instant started = Instant.parse(String.valueOf(this.checkpoints.of("jobtech").position()));
		assertThat(started).isBetween(before, Instant.now());
		assertThat(keptPerAd("jobtech"))
			.isEqualTo(Map.of("28746073", 1L, "22884504", 1L, "23174210", 1L, "23187561", 1L));
		awaitPipelineDrained();
		assertThat(this.index.findById(new PostingId("jobtech", "22884504"))).isPresent();

		JOBSTREAM.on("/jobstream/stream", status(429, "Retry-After", "1"),
				json(resource("/source/sweden/jobtech-stream-edited.json")));
		SyncOutcome stream = this.runs.run(this.jobTech);

		assertThat(stream).isInstanceOf(SyncOutcome.Synced.class);
		List<FeedServer.Request> requests = JOBSTREAM.requests("/jobstream/stream");
		assertThat(requests).as("429, then after Retry-After the stream").hasSize(2);
		assertThat(requests.get(1).parameter("date")).isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE_TIME
			.format(LocalDateTime.ofInstant(started.minus(Duration.ofMinutes(1)), ZoneId.of("Europe/Stockholm"))
				.truncatedTo(ChronoUnit.SECONDS)));
		assertThat(Instant.parse(String.valueOf(this.checkpoints.of("jobtech").position()))).isAfter(started);
		awaitPipelineDrained();
		assertThat(this.index.findById(new PostingId("jobtech", "22884504"))).as("a removed stub").isEmpty();
		assertThat(this.index.findById(new PostingId("jobtech", "22884506"))).isPresent();
		assertThat(this.index.findById(new PostingId("jobtech", "28746073"))).isPresent();
		assertThat(this.rejected.newest(0, 100)).anySatisfy((rejection) -> {
			assertThat(rejection.source()).isEqualTo("jobtech");
			assertThat(rejection.sourceId()).isEqualTo("$[2]");
		});
	}

	@Test
	void aSnapshotThatBreaksOffKeepsItsBatchesAndIsReadAgainWithNothingLostOrDuplicated() {
		JOBSTREAM.on("/jobstream/snapshot", json(resource("/feeds/jobtech/snapshot-truncated.json")),
				json(resource("/feeds/jobtech/snapshot.json")));

		SyncOutcome broken = this.runs.run(this.jobTech);

		assertThat(broken).isInstanceOfSatisfying(SyncOutcome.Failed.class,
				(failed) -> assertThat(failed.failure().kind()).isEqualTo(FeedFailure.Kind.MALFORMED_PAGE));
		assertThat(this.checkpoints.of("jobtech").position()).as("no snapshot finished yet").isNull();
		assertThat(keptPerAd("jobtech")).isEqualTo(Map.of("28746073", 1L, "22884504", 1L));

		SyncOutcome again = this.runs.run(this.jobTech);

		assertThat(again).isInstanceOf(SyncOutcome.Synced.class);
		assertThat(JOBSTREAM.requests("/jobstream/snapshot")).hasSize(2);
		assertThat(this.checkpoints.of("jobtech").position()).isNotNull();
		assertThat(keptPerAd("jobtech"))
			.isEqualTo(Map.of("28746073", 1L, "22884504", 1L, "23174210", 1L, "23187561", 1L));
	}

	@Test
	void tptListingIsReadPageByPageUpToNumFoundAndAgainInFullNextTime() {
		TPT.on("/tpt-api/tyopaikat", solrPages(new AtomicBoolean(false)));

		SyncOutcome outcome = this.runs.run(this.tpt);

		assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Synced.class,
				(synced) -> assertThat(synced.report().pages()).isEqualTo(3));
		List<FeedServer.Request> requests = TPT.requests("/tpt-api/tyopaikat");
		assertThat(requests).extracting((request) -> request.parameter("start")).containsExactly("0", "20", "40");
		assertThat(requests).allSatisfy((request) -> {
			assertThat(request.parameter("kieli")).isEqualTo("fi");
			assertThat(request.parameter("alueet")).isEqualTo("Lappi,Oulu");
			assertThat(request.parameter("rows")).isEqualTo("20");
		});
		assertThat(keptPerAd("tyomarkkinatori")).hasSize(50).allSatisfy((id, kept) -> assertThat(kept).isOne());
		assertThat(this.checkpoints.of("tyomarkkinatori").position()).isEqualTo("listed");

		this.runs.run(this.tpt);

		assertThat(TPT.requests("/tpt-api/tyopaikat")).hasSize(6);
		assertThat(TPT.requests("/tpt-api/tyopaikat").get(3).parameter("start")).isEqualTo("0");
		assertThat(keptPerAd("tyomarkkinatori")).hasSize(50).allSatisfy((id, kept) -> assertThat(kept).isOne());
		awaitPipelineDrained();
		assertThat(this.index.findById(new PostingId("tyomarkkinatori", "10669315"))).isPresent();
	}

	@Test
	void adsACompleteListingNoLongerHasLeaveTheIndexButAnEmptyListingWithdrawsNothing() {
		TPT.on("/tpt-api/tyopaikat", solrPages(new AtomicBoolean(false)));
		this.runs.run(this.tpt);
		awaitPipelineDrained();
		List<PostingId> ads = keptPerAd("tyomarkkinatori").keySet()
			.stream()
			.sorted()
			.map((id) -> new PostingId("tyomarkkinatori", id))
			.toList();
		PostingId gone = ads.get(0);
		PostingId alsoGone = ads.get(1);
		PostingId stays = ads.get(2);
		assertThat(this.index.findById(gone)).isPresent();

		TPT.on("/tpt-api/tyopaikat", solrPages(new AtomicBoolean(false), Set.of(gone.sourceId(), alsoGone.sourceId())));
		assertThat(this.runs.run(this.tpt)).isInstanceOf(SyncOutcome.Synced.class);
		awaitPipelineDrained();

		assertThat(this.index.findById(gone)).isEmpty();
		assertThat(this.index.findById(alsoGone)).isEmpty();
		assertThat(this.index.findById(stays)).isPresent();

		TPT.on("/tpt-api/tyopaikat", (request) -> json("""
				{"responseHeader": {"status": 0}, "response": {"numFound": 0, "start": 0, "docs": []}}
				""").answer(request));
		assertThat(this.runs.run(this.tpt)).isInstanceOf(SyncOutcome.Synced.class);
		awaitPipelineDrained();

		assertThat(this.index.findById(stays)).as("an empty listing looks like a broken one").isPresent();
	}

	@Test
	void aListingThatBreaksOffResumesAtThePageItFailedOn() {
		AtomicBoolean secondPageFails = new AtomicBoolean(true);
		TPT.on("/tpt-api/tyopaikat", solrPages(secondPageFails));

		SyncOutcome failed = this.runs.run(this.tpt);

		assertThat(failed).isInstanceOf(SyncOutcome.Failed.class);
		assertThat(this.checkpoints.of("tyomarkkinatori").position()).isEqualTo("start=20");
		assertThat(keptPerAd("tyomarkkinatori")).hasSize(20);

		secondPageFails.set(false);
		SyncOutcome resumed = this.runs.run(this.tpt);

		assertThat(resumed).isInstanceOf(SyncOutcome.Synced.class);
		assertThat(TPT.requests("/tpt-api/tyopaikat")).extracting((request) -> request.parameter("start"))
			.containsExactly("0", "20", "20", "20", "20", "40");
		assertThat(keptPerAd("tyomarkkinatori")).hasSize(50).allSatisfy((id, kept) -> assertThat(kept).isOne());
	}

	private Map<String, Long> keptPerAd(String source) {
		return this.jdbc.sql("select source_id from ingest_raw_posting where source = :source")
			.param("source", source)
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy((id) -> id, Collectors.counting()));
	}

	private void awaitPipelineDrained() {
		await().atMost(THROUGH_THE_PIPELINE)
			.until(() -> this.jdbc.sql("select count(*) from ingest_raw_posting where processed_at is null")
				.query(Long.class)
				.single() == 0);
	}

	private static String entry(String uuid) {
		return "/api/v1/feedentry/" + uuid;
	}

	private static Reply authorized(Reply reply) {
		return (request) -> (("Bearer " + navToken.get()).equals(request.header("Authorization")) ? reply
				: json(401, "{\"title\":\"Unauthorized\",\"status\":401}"))
			.answer(request);
	}

	private static Reply conditional(String page, String etag, String lastModified) {
		return (request) -> (etag.equals(request.header("If-None-Match")) ? status(304)
				: json(resource(page), "ETag", etag, "Last-Modified", lastModified))
			.answer(request);
	}

	/**
	 * The 50 real documents, paged as Solr pages them; the second page answers 500 while
	 * {@code secondPageFails}.
	 */
	private static Reply solrPages(AtomicBoolean secondPageFails) {
		return solrPages(secondPageFails, Set.of());
	}

	/**
	 * The recorded 50 Finnish ads as a Solr listing, less the ads named.
	 */
	private static Reply solrPages(AtomicBoolean secondPageFails, Set<String> withdrawn) {
		JsonNode recorded = JsonPayloads.JSON
			.readTree(resource("/source/finland/te-tpt-api-search-50-jobs-sv-2021.json"));
		ArrayNode docs = JsonPayloads.JSON.createArrayNode();
		recorded.path("response").path("docs").forEach((doc) -> {
			if (!withdrawn.contains(doc.path("ilmoitusnumero").asString())) {
				docs.add(doc);
			}
		});
		return (request) -> {
			int start = Integer.parseInt(String.valueOf(request.parameter("start")));
			int rows = Integer.parseInt(String.valueOf(request.parameter("rows")));
			if (start == 20 && secondPageFails.get()) {
				return status(500).answer(request);
			}
			ObjectNode page = JsonPayloads.JSON.createObjectNode();
			page.set("responseHeader", recorded.path("responseHeader"));
			ObjectNode response = page.putObject("response");
			response.put("numFound", docs.size());
			response.put("start", start);
			ArrayNode slice = response.putArray("docs");
			for (int i = start; i < Math.min(docs.size(), start + rows); i++) {
				slice.add(docs.get(i));
			}
			return json(JsonPayloads.write(page)).answer(request);
		};
	}

}
