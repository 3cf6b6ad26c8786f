package io.arcticmatch.ingest.source;

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

}
