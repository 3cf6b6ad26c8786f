package io.arcticmatch.ingest.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * A {@link PipelineBus} of in-memory queues, one worker thread per subscription, for the
 * embedded default. Messages live only as long as the process: sources keep what they
 * fetched until it is indexed, so a restart fetches again rather than loses.
 */
public class InProcessPipelineBus implements PipelineBus, SmartLifecycle, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InProcessPipelineBus.class);

	private final PipelineSettings.Retry retry;

	/**
	 * Per topic, one queue per subscribed group; messages wait in the backlog until a
	 * group subscribes.
	 */
	private final Map<PipelineTopic, Map<String, BlockingQueue<PipelineMessage>>> queues = new EnumMap<>(
			PipelineTopic.class);

	private final Map<PipelineTopic, List<PipelineMessage>> backlog = new EnumMap<>(PipelineTopic.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private final List<Thread> workers = new ArrayList<>();

	public InProcessPipelineBus(PipelineSettings.Retry retry) {
		this.retry = retry;
	}

	@Override
	public boolean keepsMessagesAcrossRestarts() {
		return false;
	}

	@Override
	public synchronized void publish(PipelineTopic topic, PipelineMessage message) {
		Map<String, BlockingQueue<PipelineMessage>> groups = this.queues.get(topic);
		if (groups == null) {
			this.backlog.computeIfAbsent(topic, (t) -> new ArrayList<>()).add(message);
			return;
		}
		groups.values().forEach((queue) -> queue.add(message));
	}

	@Override
	public synchronized void subscribe(PipelineTopic topic, String group, MessageHandler handler) {
		Map<String, BlockingQueue<PipelineMessage>> groups = this.queues.computeIfAbsent(topic,
				(t) -> new LinkedHashMap<>());
		if (groups.containsKey(group)) {
			throw new IllegalStateException("Group '%s' already reads %s in this process".formatted(group, topic));
		}
		BlockingQueue<PipelineMessage> queue = new LinkedBlockingQueue<>(this.backlog.getOrDefault(topic, List.of()));
		this.backlog.remove(topic);
		groups.put(group, queue);
		Thread worker = Thread.ofPlatform()
			.name("pipeline-%s-%s".formatted(topic.name().toLowerCase(Locale.ROOT), group))
			.daemon()
			.uncaughtExceptionHandler((thread, error) -> log
				.error("{} died; its topic is not read until a restart, and health says so", thread.getName(), error))
			.start(() -> deliver(topic, queue, handler));
		this.workers.add(worker);
	}

	@Override
	public synchronized String describe() {
		this.workers.stream().filter((worker) -> !worker.isAlive()).findFirst().ifPresent((dead) -> {
			throw new PipelineUnavailable(
					"Worker %s has died; its messages wait until a restart (see the log)".formatted(dead.getName()),
					null);
		});
		int waiting = this.queues.values()
			.stream()
			.flatMap((groups) -> groups.values().stream())
			.mapToInt(BlockingQueue::size)
			.sum();
		return "in-process queues, %d messages waiting".formatted(waiting);
	}

	private void deliver(PipelineTopic topic, BlockingQueue<PipelineMessage> queue, MessageHandler handler) {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				PipelineMessage message = queue.take();
				Duration backoff = this.retry.initialBackoff();
				while (!handled(topic, message, handler)) {
					Thread.sleep(backoff);
					backoff = min(backoff.multipliedBy(2), this.retry.maxBackoff());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean handled(PipelineTopic topic, PipelineMessage message, MessageHandler handler) {
		try {
			handler.handle(message);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
		catch (Exception ex) {
			log.warn("Handling {} message '{}' failed, retrying: {}", topic, message.key(), ex.getMessage(), ex);
			return false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * Stops delivering: interrupts the workers and waits for a message being handled to
	 * finish, so no handler runs once the stores it writes to are closed.
	 */
	@Override
	public void close() {
		List<Thread> stopping;
		synchronized (this) {
			stopping = List.copyOf(this.workers);
			this.workers.clear();
		}
		stopping.forEach(Thread::interrupt);
		for (Thread worker : stopping) {
			try {
				worker.join(STOP_TIMEOUT);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void start() {
		// workers start as stages subscribe
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
		return !this.workers.isEmpty();
	}

}
