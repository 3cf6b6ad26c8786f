package io.arcticmatch.ingest.source.parse;

import io.arcticmatch.ingest.source.PostingOrigin;
import org.jspecify.annotations.Nullable;

/**
 * Picks an ad's source id: the payload's own id wins over what the fetcher said, and any
 * disagreement is noted, since it means the fetcher and the payload talk about different
 * ads.
 */
public final class SourceIds {

	private SourceIds() {
	}

	/**
	 * @param fromPayload the payload's id, null when it has none
	 * @param field the payload's id field, for the notes
	 * @param origin the fetched posting's origin
	 * @param guesses where to note a missing or different id
	 * @return the id to use
	 */
	public static String choose(@Nullable String fromPayload, String field, PostingOrigin origin, Guesses guesses) {
		if (fromPayload == null) {
			guesses.add("the payload has no %s; used the fetcher's id '%s'".formatted(field, origin.sourceId()));
			return origin.sourceId();
		}
		if (!fromPayload.equals(origin.sourceId())) {
			guesses.add("the fetcher's id '%s' differs from the payload's %s '%s'; used the payload's"
				.formatted(origin.sourceId(), field, fromPayload));
		}
		return fromPayload;
	}

}
