package io.arcticmatch.ingest.source.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs each enabled feed on its poll interval, on a thread of its own
 * ({@code feed-<source>}), so a long first sync neither holds up the other feeds nor the
 * application's shared scheduler (one thread by default, which the outbox relay uses).
 * With a fixed delay between the end of one run and the start of the next, two runs of a
 * source never overlap. Disabled feeds are not scheduled at all. Stops first on shutdown,
 * interrupting a run's waits; the run's checkpoint stays after its last kept page.
 */
@Component
public class FeedScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

	/** Lets the application finish starting before the first fetch. */
	static final Duration FIRST_RUN_AFTER = Duration.ofSeconds(10);

	private static final Duration STOP_WAIT = Duration.ofSeconds(10);

	private final List<FeedSource> sources;

	private final FeedRuns runs;

	private final List<ScheduledExecutorService> executors = new ArrayList<>();

	private volatile boolean running;

	/**
	 * @param sources every feed; only the enabled ones run
	 * @param runs runs them
	 */
	public FeedScheduler(List<FeedSource> sources, FeedRuns runs) {
		this.sources = List.copyOf(sources);
		this.runs = runs;
	}

	@Override
	public synchronized void start() {
		for (FeedSource source : this.sources) {
			if (!source.schedule().enabled()) {
				log.debug("Feed '{}' is disabled", source.source());
				continue;
			}
			ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
					Thread.ofPlatform().name("feed-" + source.source()).daemon(true).factory());
			executor.scheduleWithFixedDelay(() -> this.runs.run(source), FIRST_RUN_AFTER.toMillis(),
					source.schedule().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			this.executors.add(executor);
			log.info("Feed '{}' runs every {}", source.source(), source.schedule().pollInterval());
		}
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.executors.forEach(ScheduledExecutorService::shutdownNow);
		try {
			for (ScheduledExecutorService executor : this.executors) {
				if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
					log.warn("A feed run did not stop within {}; its checkpoint stays after its last kept page",
							STOP_WAIT);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executors.clear();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
