package io.arcticmatch.ingest.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class InProcessPipelineBusTest extends PipelineBusContract {

	private final InProcessPipelineBus bus = new InProcessPipelineBus(
			new PipelineSettings.Retry(Duration.ofMillis(10), Duration.ofMillis(100)));

	@Override
	protected PipelineBus bus() {
		return this.bus;
	}

	@AfterEach
	void stopWorkers() {
		this.bus.close();
	}

	@Test
	void aWorkerKilledByAnErrorTurnsTheBusUnavailable() {
		this.bus.subscribe(PipelineTopic.RAW_POSTINGS, "doomed", (message) -> {
			throw new LinkageError("a class is missing from the classpath");
		});

		this.bus.publish(PipelineTopic.RAW_POSTINGS, new PipelineMessage("nav:1", "{}"));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThatExceptionOfType(PipelineUnavailable.class).isThrownBy(this.bus::describe)
				.withMessageContaining("doomed"));
	}

	@Test
	void messagesPublishedBeforeAnySubscriberWaitForTheFirst() {
		this.bus.publish(PipelineTopic.RAW_POSTINGS, new PipelineMessage("nav:1", "early"));
		List<String> received = new CopyOnWriteArrayList<>();

		this.bus.subscribe(PipelineTopic.RAW_POSTINGS, "normaliser", (message) -> received.add(message.payload()));

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(received).containsExactly("early"));
	}

}
