package io.arcticmatch.ingest.source.http;

import io.arcticmatch.ingest.intake.Intake;

/**
 * What one sync step did.
 *
 * @param pages pages (or batches) handed to the intake
 * @param fetched raw postings handed to the intake
 * @param added those the intake had not kept before
 * @param unreadable page parts that could not be cut into ads, recorded with reasons
 * @param caughtUp whether the source had nothing more this time
 */
public record SyncReport(int pages, int fetched, int added, int unreadable, boolean caughtUp) {

	/** Nothing new at the source. */
	public static final SyncReport NOTHING_NEW = new SyncReport(0, 0, 0, 0, true);

	/**
	 * @param receipt the intake's receipt of one more page
	 * @param unreadable that page's unreadable parts
	 * @return this report with the page counted
	 */
	public SyncReport plus(Intake.IntakeReceipt receipt, int unreadable) {
		return new SyncReport(this.pages + 1, this.fetched + receipt.fetched(), this.added + receipt.added(),
				this.unreadable + unreadable, this.caughtUp);
	}

	/**
	 * @return this report, marked as caught up
	 */
	public SyncReport caughtUpNow() {
		return new SyncReport(this.pages, this.fetched, this.added, this.unreadable, true);
	}

	/**
	 * @return an empty report of a step that has not caught up yet
	 */
	public static SyncReport start() {
		return new SyncReport(0, 0, 0, 0, false);
	}

}
