package io.arcticmatch.ingest.duplicates;

import java.net.URI;
import java.time.Instant;

import io.arcticmatch.matcher.posting.PostingId;
import org.jspecify.annotations.Nullable;

/**
 * A posting as the duplicate register knows it.
 *
 * @param id the posting
 * @param fingerprint what it is compared by
 * @param canonicalId the posting of its group that is in the index; its own id when it is
 * that one
 * @param sourceUrl the ad at its source
 * @param postingJson the normalised posting, to index it should it become the canonical
 * one
 * @param registeredAt when it was first seen
 */
record Registered(PostingId id, PostingFingerprint fingerprint, PostingId canonicalId, @Nullable URI sourceUrl,
		String postingJson, Instant registeredAt) {

	boolean isCanonical() {
		return this.id.equals(this.canonicalId);
	}

}
