package io.arcticmatch.ingest.pipeline;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Provides the {@link PipelineBus} that {@code arctic.pipeline.transport} names, and its
 * health.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(PipelineSettings.class)
public class PipelineConfiguration {

	@Bean
	HealthIndicator pipelineHealthIndicator(PipelineBus bus) {
		return new AbstractHealthIndicator("The pipeline bus does not answer") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				builder.up().withDetail("bus", bus.describe());
			}
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "arctic.pipeline.transport", havingValue = "in-process", matchIfMissing = true)
	static class InProcess {

		@Bean(destroyMethod = "close")
		InProcessPipelineBus pipelineBus(PipelineSettings settings) {
			return new InProcessPipelineBus(settings.retry());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "arctic.pipeline.transport", havingValue = "kafka")
	static class Kafka {

		@Bean
		NewTopic rawPostingsTopic(PipelineSettings settings) {
			return TopicBuilder.name(settings.topics().rawPostings())
				.partitions(settings.topics().partitions())
				.build();
		}

		@Bean
		NewTopic normalisedPostingsTopic(PipelineSettings settings) {
			return TopicBuilder.name(settings.topics().normalisedPostings())
				.partitions(settings.topics().partitions())
				.build();
		}

		@Bean(destroyMethod = "close")
		KafkaPipelineBus pipelineBus(KafkaTemplate<String, String> template, ConsumerFactory<String, String> consumers,
				KafkaAdmin admin, PipelineSettings settings) {
			return new KafkaPipelineBus(template, consumers, admin, settings);
		}

	}

}
