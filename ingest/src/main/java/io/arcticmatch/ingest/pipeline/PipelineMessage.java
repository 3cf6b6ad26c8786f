package io.arcticmatch.ingest.pipeline;

/**
 * One message on a {@link PipelineTopic}. Messages with the same key are delivered in the
 * order they were published.
 *
 * @param key what the message is about, e.g. a posting id; orders and partitions messages
 * @param payload the message body, JSON in practice
 */
public record PipelineMessage(String key, String payload) {

	public PipelineMessage {
		if (key.isBlank()) {
			throw new IllegalArgumentException("A pipeline message needs a key");
		}
	}

}
