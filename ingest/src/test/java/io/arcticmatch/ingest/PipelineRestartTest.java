package io.arcticmatch.ingest;

import java.io.IOException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.intake.SourceCounts;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application stops while postings are in the in-process pipeline (whose queues die
 * with it) and starts again on the same database and index: every posting ends up indexed
 * once. Started on an empty index, it rebuilds the index from the kept raw postings.
 */
class PipelineRestartTest {

	private static final int POSTINGS = 200;

	private EmbeddedPostgres postgres;

	@TempDir
	private Path indexFolder;

	@BeforeEach
	void startDatabase() throws IOException {
		this.postgres = EmbeddedPostgres.builder().start();
	}

	@AfterEach
	void stopDatabase() throws IOException {
		this.postgres.close();
	}

	@Test
	void aStopMidSyncLosesAndDuplicatesNothing() {
		List<RawPosting> fetched = IntStream.range(0, POSTINGS).mapToObj(PipelineRestartTest::ad).toList();

		try (ConfigurableApplicationContext first = start()) {
			first.getBean(Intake.class).accept("jobtech", fetched, new Checkpoint("page-2", null, null));
			RawPostingStore store = first.getBean(RawPostingStore.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> store.countsPerSource().getFirst().indexed() > 0);
			// stop now: some postings are indexed, most are still in the in-process
			// queues
		}

		try (ConfigurableApplicationContext second = start()) {
			PostingIndex index = second.getBean(PostingIndex.class);
			RawPostingStore store = second.getBean(RawPostingStore.class);
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				SourceCounts counts = store.countsPerSource().getFirst();
				assertThat(counts.indexed()).isEqualTo(POSTINGS);
			});
			assertThat(index.count()).isEqualTo(POSTINGS);
			assertThat(IntStream.range(0, POSTINGS))
				.allSatisfy((i) -> assertThat(index.findById(new PostingId("jobtech", id(i)))).isPresent());
		}
	}

	@Test
	void aNewEmptyIndexIsRebuiltFromTheKeptRawPostings(@TempDir Path newIndexFolder) {
		List<PostingId> ids = IntStream.range(0, 20).mapToObj((i) -> new PostingId("jobtech", "rebuild-" + i)).toList();
		List<RawPosting> fetched = ids.stream().map((id) -> ad(id.sourceId())).toList();
		try (ConfigurableApplicationContext first = start(this.indexFolder)) {
			first.getBean(Intake.class).accept("jobtech", fetched, new Checkpoint("page-9", null, null));
			PostingIndex index = first.getBean(PostingIndex.class);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(ids).allSatisfy((id) -> assertThat(index.findById(id)).isPresent()));
		}

		// as after deleting the index folder, or a changed index layout that wipes it
		try (ConfigurableApplicationContext second = start(newIndexFolder)) {
			PostingIndex index = second.getBean(PostingIndex.class);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(ids).allSatisfy((id) -> assertThat(index.findById(id)).isPresent()));
		}
	}

	private ConfigurableApplicationContext start() {
		return start(this.indexFolder);
	}

	private ConfigurableApplicationContext start(Path index) {
		// arguments, so they win over the tests' application.properties: both runs share
		// database and index
		return new SpringApplicationBuilder(IngestTestApplication.class).run(
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--arctic.index.lucene.path=" + index,
				"--arctic.pipeline.transport=in-process");
	}

	private static RawPosting ad(int i) {
		return ad(id(i));
	}

	private static RawPosting ad(String id) {
		String payload = VOLVO_AD.replace("\"id\": \"28746073\"", "\"id\": \"" + id + "\"");
		return RawPosting.of(SourceFormat.JOBTECH_AD, id, payload, Instant.parse("2026-11-24T12:00:00Z"));
	}

	private static String id(int i) {
		return "restart-" + i;
	}

	private static final String VOLVO_AD = Golden.fixture("sweden/jobtech-ad-28746073-volvo-2024.json");

}
