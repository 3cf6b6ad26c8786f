package io.arcticmatch.ingest.source.http;

/**
 * One public feed a fetcher reads: what {@link FeedScheduler} runs, {@link FeedRuns}
 * guards and the {@code feeds} health reports.
 */
public interface FeedSource {

	/**
	 * @return the posting source, e.g. {@code nav}: also the checkpoint's name
	 */
	String source();

	/**
	 * @return whether and how often the scheduler runs this source
	 */
	FeedSchedule schedule();

	/**
	 * One sync step from the stored checkpoint: fetches page after page, hands each to
	 * the intake with the checkpoint after it, and stops when the source has nothing new.
	 * Call it through {@link FeedRuns#run}, which keeps two runs of a source apart.
	 * @return what the step did
	 * @throws FeedFailure when a page could not be fetched or read; the pages before it
	 * are kept and the checkpoint stays after the last of them
	 */
	SyncReport step();

}
