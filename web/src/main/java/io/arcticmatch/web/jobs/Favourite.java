package io.arcticmatch.web.jobs;

import java.time.Instant;

/**
 * A posting a seeker marked as favourite.
 *
 * @param postingId the posting's id, {@code source:sourceId}; the posting may no longer
 * be in the index
 * @param createdAt when it was marked
 */
public record Favourite(String postingId, Instant createdAt) {

}
