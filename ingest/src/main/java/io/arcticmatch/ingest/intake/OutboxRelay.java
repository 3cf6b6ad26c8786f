package io.arcticmatch.ingest.intake;

import java.time.Clock;

import io.arcticmatch.ingest.pipeline.PipelineBus;
import io.arcticmatch.ingest.pipeline.PipelineMessage;
import io.arcticmatch.ingest.pipeline.PipelineTopic;
import io.arcticmatch.ingest.pipeline.PipelineUnavailable;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands kept raw postings to the pipeline in the order they were kept, and marks each
 * once the bus holds it. Runs after every intake and on a schedule, so postings kept
 * while the bus was down go out when it is back. A crash between publishing and marking
 * sends a posting twice; the later stages are idempotent.
 */
@Component
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 500;

	private final RawPostingStore store;

	private final PipelineBus bus;

	private final JsonMapper json;

	private final Clock clock;

	OutboxRelay(RawPostingStore store, PipelineBus bus, JsonMapper json, Clock clock) {
		this.store = store;
		this.bus = bus;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Prepares the relay at start-up: when the bus lost what it held at the last stop
	 * (the in-process queues), what was handed on but not processed is handed on again.
	 * The stages are idempotent, so a posting processed twice is stored once.
	 */
	public void recoverAfterRestart() {
		if (!this.bus.keepsMessagesAcrossRestarts()) {
			int again = this.store.handOnAgainWhatIsUnprocessed();
			if (again > 0) {
				log.info("{} raw postings were in the pipeline's queues at the last stop; handing them on again",
						again);
			}
		}
		handOnWaiting();
	}

	/**
	 * Rebuilds an empty posting index from the kept raw postings: the last version of
	 * every ad that was indexed or withdrawn goes through the pipeline again. For a new
	 * or wiped index (a changed index layout, a deleted index folder); an index that has
	 * postings is left alone.
	 * @param index the posting index the pipeline fills
	 */
	public void rebuildIfEmpty(PostingIndex index) {
		if (index.count() > 0) {
			return;
		}
		int again = this.store.handOnLastOutcomesAgain();
		if (again > 0) {
			log.info("The posting index is empty; rebuilding it from {} kept raw postings", again);
			handOnWaiting();
		}
	}

	/**
	 * Publishes every waiting raw posting; stops at the first the bus refuses and leaves
	 * it (and those after it) for the next run.
	 * @return how many were handed on
	 */
	@Scheduled(fixedDelayString = "${arctic.ingest.relay-interval}")
	public synchronized int handOnWaiting() {
		int handedOn = 0;
		try {
			for (var batch = this.store.notHandedOn(BATCH); !batch.isEmpty(); batch = this.store.notHandedOn(BATCH)) {
				for (KeptPosting kept : batch) {
					String body = this.json.writeValueAsString(new RawPostingMessage(kept.rawId(), kept.raw()));
					this.bus.publish(PipelineTopic.RAW_POSTINGS,
							new PipelineMessage(kept.raw().source() + ':' + kept.raw().sourceId(), body));
					this.store.markHandedOn(kept.rawId(), this.clock.instant());
					handedOn++;
				}
			}
		}
		catch (PipelineUnavailable ex) {
			log.warn("Handed on {} raw postings, then the pipeline refused: {}. The rest wait for the next run.",
					handedOn, ex.getMessage());
		}
		return handedOn;
	}

}
