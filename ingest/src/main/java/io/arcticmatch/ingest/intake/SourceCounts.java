package io.arcticmatch.ingest.intake;

import java.time.Instant;

/**
 * How far the postings of one source have come through the pipeline.
 *
 * @param source the posting source
 * @param fetched raw postings kept
 * @param waiting kept but not yet taken by the bus
 * @param indexed now in the index
 * @param withdrawn removed from the index because the source withdrew them
 * @param rejected could not be read as ads
 * @param lastFetched when the newest was fetched
 */
public record SourceCounts(String source, long fetched, long waiting, long indexed, long withdrawn, long rejected,
		Instant lastFetched) {

	/**
	 * @return postings taken by the bus but not yet done with
	 */
	public long inFlight() {
		return this.fetched - this.waiting - this.indexed - this.withdrawn - this.rejected;
	}

}
