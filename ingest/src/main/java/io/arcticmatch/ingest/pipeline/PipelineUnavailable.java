package io.arcticmatch.ingest.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * The pipeline's bus could not take or deliver messages, e.g. the Kafka broker is down.
 */
public class PipelineUnavailable extends RuntimeException {

	public PipelineUnavailable(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
