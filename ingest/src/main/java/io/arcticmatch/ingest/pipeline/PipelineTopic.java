package io.arcticmatch.ingest.pipeline;

/**
 * The hand-over points between ingest's stages.
 */
public enum PipelineTopic {

	/** Payloads as fetched from a source, before normalisation. */
	RAW_POSTINGS,

	/** Postings in the normalised model, ready to be indexed. */
	NORMALISED_POSTINGS

}
