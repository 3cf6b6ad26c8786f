package io.arcticmatch.ingest.source;

import io.arcticmatch.ingest.source.parse.JsonPayloads;
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
	 * @param origin where a payload of {@link #format()} comes from
	 * @param payload its JSON, already parsed
	 * @return the ad, its withdrawal, or why it was rejected, as
	 * {@link #convert(RawPosting)} would say of the payload written as text
	 */
	default Conversion convert(PostingOrigin origin, JsonNode payload) {
		return convert(origin.with(JsonPayloads.write(payload)));
	}

}
