package io.arcticmatch.ingest.normalise;

import java.time.Clock;
import java.time.Instant;

import io.arcticmatch.ingest.indexing.IndexCommand;
import io.arcticmatch.ingest.intake.Outcome;
import io.arcticmatch.ingest.intake.RawPostingMessage;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.intake.RejectedPostings;
import io.arcticmatch.ingest.intake.RejectedPostings.Rejection;
import io.arcticmatch.ingest.normalise.Preparation.Prepared;
import io.arcticmatch.ingest.pipeline.MessageHandler;
import io.arcticmatch.ingest.pipeline.PipelineBus;
import io.arcticmatch.ingest.pipeline.PipelineMessage;
import io.arcticmatch.ingest.pipeline.PipelineTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Converts each raw posting and hands the result on to the indexer. A payload that cannot
 * be read as an ad is recorded with its reason and the stream goes on; only a failure to
 * hand on (the bus is down) makes the message come again.
 */
@Component
public class NormaliseStage implements MessageHandler {

	private static final Logger log = LoggerFactory.getLogger(NormaliseStage.class);

	private final Preparation preparation;

	private final PipelineBus bus;

	private final RawPostingStore store;

	private final RejectedPostings rejected;

	private final JsonMapper json;

	private final Clock clock;

	NormaliseStage(Preparation preparation, PipelineBus bus, RawPostingStore store, RejectedPostings rejected,
			JsonMapper json, Clock clock) {
		this.preparation = preparation;
		this.bus = bus;
		this.store = store;
		this.rejected = rejected;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void handle(PipelineMessage message) {
		RawPostingMessage kept;
		try {
			kept = this.json.readValue(message.payload(), RawPostingMessage.class);
		}
		catch (JacksonException ex) {
			// not ours: nothing to convert, and retrying would block the topic; the raw
			// posting,
			// if there is one, stays unprocessed in the intake for a replay
			log.error("Message '{}' on the raw postings topic is not a raw posting; skipped: {}", message.key(),
					ex.getMessage());
			return;
		}
		IndexCommand command = switch (this.preparation.prepare(kept.raw())) {
			case Prepared.Ready ready -> new IndexCommand.Upsert(kept.rawId(), ready.posting());
			case Prepared.Gone gone -> new IndexCommand.Remove(kept.rawId(), gone.id());
			case Prepared.Unusable unusable -> {
				reject(kept, unusable);
				yield null;
			}
		};
		if (command != null) {
			this.bus.publish(PipelineTopic.NORMALISED_POSTINGS,
					new PipelineMessage(command.postingId().toString(), this.json.writeValueAsString(command)));
		}
	}

	private void reject(RawPostingMessage kept, Prepared.Unusable unusable) {
		Instant now = this.clock.instant();
		this.rejected
			.record(new Rejection(kept.rawId(), kept.raw().source(), unusable.sourceId(), unusable.reason(), now));
		this.store.markProcessed(kept.rawId(), Outcome.REJECTED, now);
	}

}
