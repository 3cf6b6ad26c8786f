package io.arcticmatch.ingest.pipeline;

/**
 * Takes one message off a topic. Returning means the message is done with; throwing means
 * it could not be handled now (e.g. the index is down) and it comes again after a
 * back-off. A message that can never be handled (e.g. malformed) must be recorded and
 * returned from, not thrown, or it would block its partition.
 */
@FunctionalInterface
public interface MessageHandler {

	void handle(PipelineMessage message) throws Exception;

}
