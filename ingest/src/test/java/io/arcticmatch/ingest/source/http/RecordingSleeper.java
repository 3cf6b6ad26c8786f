package io.arcticmatch.ingest.source.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sleeper} that does not sleep but records how long it was asked to.
 */
public final class RecordingSleeper implements Sleeper {

	private final List<Duration> waits = new ArrayList<>();

	@Override
	public synchronized void sleep(Duration duration) {
		this.waits.add(duration);
	}

	/**
	 * @return the waits asked for, in order
	 */
	public synchronized List<Duration> waits() {
		return List.copyOf(this.waits);
	}

}
