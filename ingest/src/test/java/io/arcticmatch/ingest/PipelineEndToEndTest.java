package io.arcticmatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.intake.RejectedPostings;
import io.arcticmatch.ingest.intake.SourceCounts;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.jobtech.JobTechPages;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fetched payloads through every stage (intake in PostgreSQL, the in-process bus,
 * conversion, normalisation, the Lucene index), as the embedded default runs them.
 */
@SpringBootTest
class PipelineEndToEndTest {

	private static final Duration THROUGH_THE_PIPELINE = Duration.ofSeconds(30);

	private static final Instant FETCHED = Instant.parse("2026-11-24T12:00:00Z");

	@Autowired
	private Intake intake;

	@Autowired
	private PostingIndex index;

	@Autowired
	private Checkpoints checkpoints;

	@Autowired
	private RejectedPostings rejected;

	@Autowired
	private RawPostingStore store;

	@Test
	void fetchedAdsAreIndexedTheBrokenOneRecordedAndTheCheckpointAdvanced() {
		List<RawPosting> page = split("sweden/jobtech-stream-edited.json");

		this.intake.accept("jobtech", page, new Checkpoint("2026-11-24T12:00:00", null, null));

		await().atMost(THROUGH_THE_PIPELINE).untilAsserted(() -> {
			assertThat(this.index.findById(new PostingId("jobtech", "28746073"))).isPresent();
			assertThat(this.index.findById(new PostingId("jobtech", "22884506"))).as("a job in Norway").isPresent();
			assertThat(this.rejected.newest(0, 50)).anySatisfy((rejection) -> {
				assertThat(rejection.sourceId()).isEqualTo("22884505");
				assertThat(rejection.reason()).contains("workplace_address");
			});
		});
		assertThat(this.index.findById(new PostingId("jobtech", "22884504"))).as("a removed stub").isEmpty();
		assertThat(this.checkpoints.of("jobtech").position()).isEqualTo("2026-11-24T12:00:00");
	}

	@Test
	void theSameVersionFetchedTwiceIsKeptAndIndexedOnce() {
		RawPosting ad = raw(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-from-ad_2.json");

		this.intake.accept("nav", List.of(ad), Checkpoint.START);
		Intake.IntakeReceipt again = this.intake.accept("nav", List.of(ad), Checkpoint.START);

		assertThat(again.added()).isZero();
		await().atMost(THROUGH_THE_PIPELINE)
			.untilAsserted(() -> assertThat(counts("nav").indexed()).isGreaterThanOrEqualTo(1));
	}

	@Test
	void aWithdrawalTakesThePostingOutOfTheIndex() {
		PostingId id = new PostingId("nav", "db6cc067-7f39-42f1-9866-d9ee47894ec6");
		this.intake.accept("nav", List.of(raw(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-from-ad_1.json")),
				Checkpoint.START);
		await().atMost(THROUGH_THE_PIPELINE).until(() -> this.index.findById(id).isPresent());

		this.intake.accept("nav", List.of(raw(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-inactive.json")),
				Checkpoint.START);

		await().atMost(THROUGH_THE_PIPELINE).until(() -> this.index.findById(id).isEmpty());
	}

	@Test
	void aMalformedAdIsRecordedWithItsReasonAndTheOthersGoOn() {
		RawPosting malformed = raw(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-malformed-no-title.json");
		RawPosting good = raw(SourceFormat.NAV_FEED_ENTRY, "norway/nav-feedentry-from-os-kommune.json");

		this.intake.accept("nav", List.of(malformed, good), Checkpoint.START);

		await().atMost(THROUGH_THE_PIPELINE).untilAsserted(() -> {
			assertThat(this.rejected.newest(0, 50)).anySatisfy((rejection) -> {
				assertThat(rejection.source()).isEqualTo("nav");
				assertThat(rejection.reason()).containsIgnoringCase("title");
			});
			assertThat(counts("nav").rejected()).isGreaterThanOrEqualTo(1);
		});
	}

	private SourceCounts counts(String source) {
		return this.store.countsPerSource()
			.stream()
			.filter((counts) -> counts.source().equals(source))
			.findFirst()
			.orElseThrow();
	}

	private static List<RawPosting> split(String fixture) {
		return ((PageSplit.Split<RawPosting>) JobTechPages.split(Golden.fixture(fixture), FETCHED)).items();
	}

	private static RawPosting raw(SourceFormat format, String fixture) {
		return RawPosting.of(format, fixture, Golden.fixture(fixture), FETCHED);
	}

}
