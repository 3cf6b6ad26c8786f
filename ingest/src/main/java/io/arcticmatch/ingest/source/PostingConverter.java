package io.arcticmatch.ingest.source;

import tools.jackson.databind.JsonNode;

/**
 * Turns one fetched payload of one {@link SourceFormat} into a {@link Conversion}. A
 * converter is stateless and never throws on bad input: broken JSON, wrong types and
 * missing fields become {@link Conversion.Rejected}.
 */
public interface PostingConverter {

	/**
	 * @return the one format this converter reads
	 */
	SourceFormat format();

	/**
	 * @param raw a payload of {@link #format()}
	 * @return the ad, its withdrawal, or why it was rejected
	 */
	Conversion convert(RawPosting raw);

	/**
	 * @param raw a payload of {@link #format()}
	 * @param payload its JSON, already parsed, equal to {@code raw.payload()}
	 * @return the ad, its withdrawal, or why it was rejected, as
	 * {@link #convert(RawPosting)} would say
	 */
	default Conversion convert(RawPosting raw, JsonNode payload) {
		return convert(raw);
	}

}
