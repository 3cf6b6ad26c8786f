package io.arcticmatch.ingest.pipeline;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Kafka bus against a real KRaft broker started in this JVM, wired the way the
 * application wires it.
 */
@SpringBootTest(properties = { "arctic.pipeline.transport=kafka", "arctic.ingest.enabled=false",
		"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}" })
@EmbeddedKafka(partitions = 1,
		brokerProperties = { "offsets.topic.num.partitions=1", "group.initial.rebalance.delay.ms=0" })
class KafkaPipelineBusTest extends PipelineBusContract {

	@Autowired
	private PipelineBus bus;

	@Override
	protected PipelineBus bus() {
		return this.bus;
	}

	@Test
	void theApplicationGetsTheKafkaBus() {
		assertThat(this.bus).isInstanceOf(KafkaPipelineBus.class);
		assertThat(this.bus.describe()).contains("1 broker(s)");
	}

	@Test
	void publishingToAnUnreachableBrokerFailsWithPipelineUnavailable(
			@Autowired ConsumerFactory<String, String> consumers, @Autowired PipelineSettings settings) {
		Map<String, Object> unreachable = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 500, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		var template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, String>(unreachable));
		var bus = new KafkaPipelineBus(template, consumers, new KafkaAdmin(Map.of("bootstrap.servers", "127.0.0.1:1")),
				settings);

		assertThatExceptionOfType(PipelineUnavailable.class)
			.isThrownBy(() -> bus.publish(PipelineTopic.RAW_POSTINGS, new PipelineMessage("nav:1", "{}")))
			.withMessageContaining("nav:1");
	}

}
