package io.arcticmatch.ingest.source;

import io.arcticmatch.ingest.source.parse.ConversionGuard;
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
	 * How a payload of {@link #format()} from one origin becomes a conversion; the guard
	 * around it parses, checks the format and turns whatever the payload lacks or breaks
	 * into a rejection.
	 * @param origin where the payload comes from
	 * @return the mapping of the payload's fields
	 */
	ConversionGuard.Mapping mapping(PostingOrigin origin);

	/**
	 * @param raw a payload of {@link #format()}
	 * @return the ad, its withdrawal, or why it was rejected
	 */
	default Conversion convert(RawPosting raw) {
		return ConversionGuard.convert(raw, format(), mapping(raw.origin()));
	}

	/**
	 * @param origin where a payload of {@link #format()} comes from
	 * @param payload its JSON, already parsed
	 * @return the ad, its withdrawal, or why it was rejected, as
	 * {@link #convert(RawPosting)} would say of the payload written as text
	 */
	default Conversion convert(PostingOrigin origin, JsonNode payload) {
		return ConversionGuard.convert(origin, payload, format(), mapping(origin));
	}

}
