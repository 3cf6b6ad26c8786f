package io.arcticmatch.ingest.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A {@link PipelineBus} on Kafka topics. A publish returns once the broker has
 * acknowledged the record; a subscription commits a record's offset only after its
 * handler returned, and retries a failing record with exponential back-off without ever
 * skipping it.
 */
public class KafkaPipelineBus implements PipelineBus, SmartLifecycle, AutoCloseable {

	private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(10);

	private final KafkaTemplate<String, String> template;

	private final ConsumerFactory<String, String> consumers;

	private final KafkaAdmin admin;

	private final PipelineSettings settings;

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	public KafkaPipelineBus(KafkaTemplate<String, String> template, ConsumerFactory<String, String> consumers,
			KafkaAdmin admin, PipelineSettings settings) {
		this.template = template;
		this.consumers = consumers;
		this.admin = admin;
		this.settings = settings;
	}

	@Override
	public boolean keepsMessagesAcrossRestarts() {
		return true;
	}

	@Override
	public void publish(PipelineTopic topic, PipelineMessage message) {
		String name = this.settings.topics().nameOf(topic);
		try {
			this.template.send(name, message.key(), message.payload())
				.get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PipelineUnavailable("Interrupted while publishing '%s' to %s".formatted(message.key(), name), ex);
		}
		catch (ExecutionException | TimeoutException | KafkaException ex) {
			throw new PipelineUnavailable("Kafka did not take '%s' on topic %s within %s: %s".formatted(message.key(),
					name, BROKER_TIMEOUT, ex.getMessage()), ex);
		}
	}

	@Override
	public synchronized void subscribe(PipelineTopic topic, String group, MessageHandler handler) {
		ContainerProperties properties = new ContainerProperties(this.settings.topics().nameOf(topic));
		properties.setGroupId(group);
		properties.setAckMode(ContainerProperties.AckMode.RECORD);
		properties.setMessageListener((MessageListener<String, String>) (record) -> handle(record, handler));
		var container = new ConcurrentMessageListenerContainer<>(this.consumers, properties);
		container.setBeanName("pipeline-%s-%s".formatted(topic.name().toLowerCase(Locale.ROOT), group));
		container.setCommonErrorHandler(new DefaultErrorHandler(retryForever()));
		container.start();
		this.containers.add(container);
	}

	private static void handle(ConsumerRecord<String, String> record, MessageHandler handler) {
		try {
			handler.handle(new PipelineMessage(record.key(), record.value()));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new MessageNotHandled(record, ex);
		}
	}

	/**
	 * Nothing may be lost: a failing record is retried, at the slowest pace, until it
	 * succeeds.
	 */
	private ExponentialBackOff retryForever() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.settings.retry().initialBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(this.settings.retry().maxBackoff().toMillis());
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		return backOff;
	}

	@Override
	public String describe() {
		try (Admin client = Admin.create(this.admin.getConfigurationProperties())) {
			DescribeClusterResult cluster = client.describeCluster();
			int brokers = cluster.nodes().get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
			return "Kafka cluster %s with %d broker(s)"
				.formatted(cluster.clusterId().get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), brokers);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PipelineUnavailable("Interrupted while asking Kafka for its cluster", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new PipelineUnavailable("Kafka does not answer: " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void close() {
		this.containers.forEach(ConcurrentMessageListenerContainer::stop);
		this.containers.clear();
	}

	@Override
	public void start() {
		// listener containers start as stages subscribe
	}

	/**
	 * Stops with the other lifecycle beans, before any bean (the index, the database) is
	 * destroyed.
	 */
	@Override
	public void stop() {
		close();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.containers.isEmpty();
	}

	/**
	 * A handler's checked exception, carried through the listener so the error handler
	 * retries it.
	 */
	static class MessageNotHandled extends RuntimeException {

		MessageNotHandled(ConsumerRecord<String, String> record, Exception cause) {
			super("Message '%s' at %s-%d@%d not handled: %s".formatted(record.key(), record.topic(), record.partition(),
					record.offset(), cause.getMessage()), cause);
		}

	}

}
