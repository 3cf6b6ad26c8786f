package io.arcticmatch.ingest.indexing;

import java.time.Clock;

import io.arcticmatch.ingest.duplicates.DuplicateMerger;
import io.arcticmatch.ingest.intake.Outcome;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.pipeline.MessageHandler;
import io.arcticmatch.ingest.pipeline.PipelineMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Applies each {@link IndexCommand} to the posting index, one posting per job (see
 * {@link DuplicateMerger}). Upserts replace by id and removals of absent postings do
 * nothing, so a re-delivered command changes nothing. When the index is unavailable the
 * command fails and the bus delivers it again later.
 */
@Component
public class IndexStage implements MessageHandler {

	private static final Logger log = LoggerFactory.getLogger(IndexStage.class);

	private final DuplicateMerger postings;

	private final RawPostingStore store;

	private final JsonMapper json;

	private final Clock clock;

	IndexStage(DuplicateMerger postings, RawPostingStore store, JsonMapper json, Clock clock) {
		this.postings = postings;
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void handle(PipelineMessage message) {
		IndexCommand command;
		try {
			command = this.json.readValue(message.payload(), IndexCommand.class);
		}
		catch (JacksonException ex) {
			// not ours: retrying would block the topic; its raw posting stays unprocessed
			// for a replay
			log.error("Message '{}' on the normalised postings topic is not an index command; skipped: {}",
					message.key(), ex.getMessage());
			return;
		}
		switch (command) {
			case IndexCommand.Upsert upsert -> {
				this.postings.upsert(upsert.posting());
				this.store.markProcessed(upsert.rawId(), Outcome.INDEXED, this.clock.instant());
			}
			case IndexCommand.Remove remove -> {
				this.postings.remove(remove.postingId());
				this.store.markProcessed(remove.rawId(), Outcome.WITHDRAWN, this.clock.instant());
			}
		}
	}

}
