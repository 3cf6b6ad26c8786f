package io.arcticmatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.pipeline.KafkaPipelineBus;
import io.arcticmatch.ingest.pipeline.PipelineBus;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptPages;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline as deployments run it: intake in PostgreSQL, the stages talking through a
 * real KRaft broker started in this JVM, postings into the index.
 */
@SpringBootTest(properties = { "arctic.pipeline.transport=kafka",
		"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}" })
@EmbeddedKafka(partitions = 1,
		brokerProperties = { "offsets.topic.num.partitions=1", "group.initial.rebalance.delay.ms=0" })
class KafkaPipelineEndToEndTest {

	@Autowired
	private Intake intake;

	@Autowired
	private PostingIndex index;

	@Autowired
	private PipelineBus bus;

	@Test
	void fetchedFinnishAdsReachTheIndexThroughKafka() {
		String page = Golden.fixture("finland/te-tpt-api-search-50-jobs-sv-2021.json");
		List<RawPosting> ads = ((PageSplit.Split<RawPosting>) TeTptPages.split(page, Instant.now())).items();

		this.intake.accept("tyomarkkinatori", ads, new Checkpoint("listed", null, null));

		assertThat(this.bus).isInstanceOf(KafkaPipelineBus.class);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(ads)
				.allSatisfy((ad) -> assertThat(this.index.findById(new PostingId("tyomarkkinatori", ad.sourceId())))
					.isPresent()));
	}

}
