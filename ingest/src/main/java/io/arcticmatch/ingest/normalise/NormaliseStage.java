package io.arcticmatch.ingest.normalise;

import java.time.Clock;

import io.arcticmatch.ingest.indexing.IndexCommand;
import io.arcticmatch.ingest.intake.Outcome;
import io.arcticmatch.ingest.intake.RawPostingMessage;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.intake.RejectedPostings;
import io.arcticmatch.ingest.intake.RejectedPostings.Rejection;
import io.arcticmatch.ingest.pipeline.MessageHandler;
import io.arcticmatch.ingest.pipeline.PipelineBus;
import io.arcticmatch.ingest.pipeline.PipelineMessage;
import io.arcticmatch.ingest.pipeline.PipelineTopic;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.RawPosting;
import org.jspecify.annotations.Nullable;
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

	private final PostingConverters converters;

	private final Normaliser normaliser;

	private final PipelineBus bus;

	private final RawPostingStore store;

	private final RejectedPostings rejected;

	private final JsonMapper json;

	private final Clock clock;

	NormaliseStage(PostingConverters converters, Normaliser normaliser, PipelineBus bus, RawPostingStore store,
			RejectedPostings rejected, JsonMapper json, Clock clock) {
		this.converters = converters;
		this.normaliser = normaliser;
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
		IndexCommand command = switch (this.converters.convert(kept.raw())) {
			case Conversion.Converted converted -> normalised(kept, converted);
			case Conversion.Withdrawn withdrawn -> new IndexCommand.Remove(kept.rawId(), withdrawn.id());
			case Conversion.Rejected rejection -> {
				reject(kept, rejection.sourceId(), rejection.reason());
				yield null;
			}
		};
		if (command != null) {
			this.bus.publish(PipelineTopic.NORMALISED_POSTINGS,
					new PipelineMessage(command.postingId().toString(), this.json.writeValueAsString(command)));
		}
	}

	private @Nullable IndexCommand normalised(RawPostingMessage kept, Conversion.Converted converted) {
		try {
			return new IndexCommand.Upsert(kept.rawId(),
					this.normaliser.normalise(converted.ad(), kept.raw().fetchedAt()));
		}
		catch (RuntimeException ex) {
			// kept raw: once the normaliser is fixed, the posting can be replayed
			reject(kept, kept.raw().sourceId(), "could not be normalised: " + ex.getMessage());
			return null;
		}
	}

	private void reject(RawPostingMessage kept, String sourceId, String reason) {
		RawPosting raw = kept.raw();
		this.rejected.record(new Rejection(kept.rawId(), raw.source(), sourceId, reason, this.clock.instant()));
		this.store.markProcessed(kept.rawId(), Outcome.REJECTED, this.clock.instant());
	}

}
