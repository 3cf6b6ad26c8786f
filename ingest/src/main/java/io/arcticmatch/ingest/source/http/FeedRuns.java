package io.arcticmatch.ingest.source.http;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs sync steps: never two of one source at a time, never an exception out. Each failed
 * run logs one WARN with the {@link FeedFailure.Kind} and counts in the {@code feeds}
 * health.
 */
@Component
public class FeedRuns {

	private static final Logger log = LoggerFactory.getLogger(FeedRuns.class);

	private final ConcurrentMap<String, ReentrantLock> running = new ConcurrentHashMap<>();

	private final FeedStatuses statuses;

	private final Clock clock;

	/**
	 * @param statuses where each run's outcome goes
	 * @param clock for the outcome's time
	 */
	public FeedRuns(FeedStatuses statuses, Clock clock) {
		this.statuses = statuses;
		this.clock = clock;
	}

	/**
	 * Runs one sync step of a source, unless one is running already.
	 * @param source the feed
	 * @return how it ended
	 */
	public SyncOutcome run(FeedSource source) {
		String name = source.source();
		ReentrantLock lock = this.running.computeIfAbsent(name, (key) -> new ReentrantLock());
		if (!lock.tryLock()) {
			log.debug("Feed '{}' is still running; this run is skipped", name);
			return new SyncOutcome.Busy(name);
		}
		try {
			return record(attempt(source));
		}
		finally {
			lock.unlock();
		}
	}

	private SyncOutcome attempt(FeedSource source) {
		try {
			return new SyncOutcome.Synced(source.source(), source.step());
		}
		catch (FeedFailure failure) {
			return new SyncOutcome.Failed(source.source(), failure);
		}
		catch (RuntimeException ex) {
			return new SyncOutcome.Broken(source.source(), ex);
		}
	}

	private SyncOutcome record(SyncOutcome outcome) {
		String name = outcome.source();
		switch (outcome) {
			case SyncOutcome.Synced synced -> {
				this.statuses.succeeded(name, this.clock.instant(), synced.report());
				SyncReport report = synced.report();
				if (report.fetched() > 0 || report.unreadable() > 0) {
					log.info("Feed '{}': {} pages, {} postings fetched ({} new, {} unreadable parts){}", name,
							report.pages(), report.fetched(), report.added(), report.unreadable(),
							report.caughtUp() ? "; caught up" : "");
				}
				else {
					log.debug("Feed '{}': nothing new", name);
				}
			}
			case SyncOutcome.Failed failed -> {
				FeedFailure failure = failed.failure();
				this.statuses.failed(name, this.clock.instant(), failure.kind(), failure.describe());
				log.warn("Feed '{}' failed ({}): {}", name, failure.kind(), failure.describe());
			}
			case SyncOutcome.Broken broken -> {
				this.statuses.failed(name, this.clock.instant(), null, "internal error: " + broken.error());
				log.warn("Feed '{}' broke on our side; the checkpoint stays after the last page kept and the next run "
						+ "tries again", name, broken.error());
			}
			case SyncOutcome.Busy busy -> {
				// nothing happened
			}
		}
		return outcome;
	}

}
