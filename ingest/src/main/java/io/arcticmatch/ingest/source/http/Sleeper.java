package io.arcticmatch.ingest.source.http;

import java.time.Duration;

/**
 * Waits between retries; tests pass one that only records the waits.
 */
@FunctionalInterface
public interface Sleeper {

	/** Sleeps on the calling thread. */
	Sleeper THREAD = (duration) -> Thread.sleep(duration);

	/**
	 * @param duration how long to wait
	 * @throws InterruptedException when the thread is interrupted (the application is
	 * stopping)
	 */
	void sleep(Duration duration) throws InterruptedException;

}
