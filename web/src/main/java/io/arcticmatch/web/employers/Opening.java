package io.arcticmatch.web.employers;

import java.time.Instant;
import java.util.UUID;

import io.arcticmatch.matcher.posting.PostingId;
import org.jspecify.annotations.Nullable;

/**
 * An opening an employer posted.
 *
 * @param id its id, also its id at the {@code direct} source
 * @param employer the organisation
 * @param status open, closed or expired
 * @param details what the employer entered
 * @param deadline the last moment to apply
 * @param publishedAt when it was first posted
 * @param updatedAt when it last changed
 * @param views how often its job page was viewed
 */
public record Opening(UUID id, UUID employer, OpeningStatus status, OpeningDetails details, @Nullable Instant deadline,
		Instant publishedAt, Instant updatedAt, long views) {

	/**
	 * @return the id of its posting in the index
	 */
	public PostingId postingId() {
		return postingId(this.id);
	}

	static PostingId postingId(UUID opening) {
		return new PostingId("direct", opening.toString());
	}

	public boolean isOpen() {
		return this.status == OpeningStatus.OPEN;
	}

}
