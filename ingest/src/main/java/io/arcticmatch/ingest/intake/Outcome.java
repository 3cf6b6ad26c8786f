package io.arcticmatch.ingest.intake;

/**
 * How the pipeline finished with a raw posting.
 */
public enum Outcome {

	/** Normalised and stored in the posting index. */
	INDEXED,

	/** The source withdrew the ad; it left the index. */
	WITHDRAWN,

	/** It could not be read as an ad; the reason is in the rejected postings. */
	REJECTED

}
