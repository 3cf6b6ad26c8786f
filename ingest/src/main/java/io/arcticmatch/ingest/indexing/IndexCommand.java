package io.arcticmatch.ingest.indexing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;

/**
 * The body of a message on the normalised postings topic: what to do to the index for one
 * raw posting.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "command")
@JsonSubTypes({ @JsonSubTypes.Type(IndexCommand.Upsert.class), @JsonSubTypes.Type(IndexCommand.Remove.class) })
public sealed interface IndexCommand {

	/**
	 * @return the raw posting this came from
	 */
	long rawId();

	/**
	 * @return the posting concerned
	 */
	PostingId postingId();

	/**
	 * Store the posting, replacing an earlier version.
	 *
	 * @param rawId the raw posting it was normalised from
	 * @param posting the normalised posting
	 */
	record Upsert(long rawId, JobPosting posting) implements IndexCommand {

		@Override
		public PostingId postingId() {
			return this.posting.id();
		}

	}

	/**
	 * The source withdrew the posting: remove it.
	 *
	 * @param rawId the raw posting that said so
	 * @param postingId the posting to remove
	 */
	record Remove(long rawId, PostingId postingId) implements IndexCommand {

	}

}
