package io.arcticmatch.ingest.pipeline;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How ingest's stages talk to each other.
 *
 * @param transport {@code in-process} (embedded default) or {@code kafka} (the connection
 * itself is {@code spring.kafka.*})
 * @param topics the Kafka topic of each {@link PipelineTopic}
 * @param retry how long to wait before handing a failed message to its handler again
 */
@Validated
@ConfigurationProperties("arctic.pipeline")
public record PipelineSettings(@NotNull Transport transport, @NotNull @Valid Topics topics,
		@NotNull @Valid Retry retry) {

	public enum Transport {

		IN_PROCESS, KAFKA

	}

	/**
	 * @param rawPostings topic of {@link PipelineTopic#RAW_POSTINGS}
	 * @param normalisedPostings topic of {@link PipelineTopic#NORMALISED_POSTINGS}
	 * @param partitions partitions per topic when the bus creates them
	 */
	public record Topics(@NotBlank String rawPostings, @NotBlank String normalisedPostings, int partitions) {

		String nameOf(PipelineTopic topic) {
			return switch (topic) {
				case RAW_POSTINGS -> this.rawPostings;
				case NORMALISED_POSTINGS -> this.normalisedPostings;
			};
		}

	}

	/**
	 * @param initialBackoff the first wait after a failure
	 * @param maxBackoff the longest wait; failures are retried at this pace from then on
	 */
	public record Retry(@NotNull Duration initialBackoff, @NotNull Duration maxBackoff) {
	}

}
