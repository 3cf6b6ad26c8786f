package io.arcticmatch.ingest.source.http;

/**
 * How one run of a fetcher ended. A run never throws: whatever went wrong is in here, in
 * the log (one WARN) and in the {@code feeds} health.
 */
public sealed interface SyncOutcome {

	/**
	 * @return the posting source
	 */
	String source();

	/**
	 * The step ran to its end.
	 *
	 * @param source the posting source
	 * @param report what it did
	 */
	record Synced(String source, SyncReport report) implements SyncOutcome {

	}

	/**
	 * The feed could not be read; the checkpoint stays after the last page kept.
	 *
	 * @param source the posting source
	 * @param failure what went wrong
	 */
	record Failed(String source, FeedFailure failure) implements SyncOutcome {

	}

	/**
	 * Something on our side broke (the database, a bug); the checkpoint stays after the
	 * last page kept.
	 *
	 * @param source the posting source
	 * @param error what broke
	 */
	record Broken(String source, RuntimeException error) implements SyncOutcome {

	}

	/**
	 * Another run of the same source was still going; this one did nothing.
	 *
	 * @param source the posting source
	 */
	record Busy(String source) implements SyncOutcome {

	}

}
