package io.arcticmatch.ingest.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every {@link PipelineBus} must do. Each test uses its own keys and groups, so one
 * bus (and one broker) serves the whole class.
 */
abstract class PipelineBusContract {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private String run;

	protected abstract PipelineBus bus();

	@BeforeEach
	void newRun() {
		this.run = UUID.randomUUID().toString();
	}

	@Test
	void publishedMessagesReachTheSubscriberInOrderPerKey() {
		List<String> received = subscribe(PipelineTopic.RAW_POSTINGS, "indexer");

		for (int version = 1; version <= 5; version++) {
			bus().publish(PipelineTopic.RAW_POSTINGS, message("nav:1", "v" + version));
		}

		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(received).containsExactly("v1", "v2", "v3", "v4", "v5"));
	}

	@Test
	void eachGroupGetsEveryMessage() {
		List<String> indexer = subscribe(PipelineTopic.NORMALISED_POSTINGS, "indexer");
		List<String> alerts = subscribe(PipelineTopic.NORMALISED_POSTINGS, "alerts");

		bus().publish(PipelineTopic.NORMALISED_POSTINGS, message("nav:1", "a"));
		bus().publish(PipelineTopic.NORMALISED_POSTINGS, message("nav:2", "b"));

		await().atMost(DELIVERY).untilAsserted(() -> {
			assertThat(indexer).containsExactlyInAnyOrder("a", "b");
			assertThat(alerts).containsExactlyInAnyOrder("a", "b");
		});
	}

	@Test
	void aFailingHandlerGetsTheSameMessageAgainAndNothingIsSkipped() {
		List<String> attempts = new CopyOnWriteArrayList<>();
		AtomicInteger failuresLeft = new AtomicInteger(2);
		bus().subscribe(PipelineTopic.RAW_POSTINGS, group("flaky"), (message) -> {
			if (!message.key().startsWith(this.run)) {
				return;
			}
			attempts.add(message.payload());
			if (message.payload().equals("first") && failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("index down");
			}
		});

		bus().publish(PipelineTopic.RAW_POSTINGS, message("jobtech:9", "first"));
		bus().publish(PipelineTopic.RAW_POSTINGS, message("jobtech:9", "second"));

		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(attempts).containsExactly("first", "first", "first", "second"));
	}

	@Test
	void theBusDescribesItself() {
		assertThat(bus().describe()).isNotBlank();
	}

	private List<String> subscribe(PipelineTopic topic, String name) {
		List<String> received = new CopyOnWriteArrayList<>();
		bus().subscribe(topic, group(name), (message) -> {
			if (message.key().startsWith(this.run)) {
				received.add(message.payload());
			}
		});
		return received;
	}

	private String group(String name) {
		return name + "-" + this.run;
	}

	private PipelineMessage message(String key, String payload) {
		return new PipelineMessage(this.run + "/" + key, payload);
	}

}
