package io.arcticmatch.ingest.source.http;

import java.time.Duration;

/**
 * Whether and how often a feed is read; each feed's settings record is one.
 */
public interface FeedSchedule {

	/**
	 * @return whether the scheduler runs the feed (live sources are opt-in)
	 */
	boolean enabled();

	/**
	 * @return the pause between the end of one run and the start of the next
	 */
	Duration pollInterval();

}
