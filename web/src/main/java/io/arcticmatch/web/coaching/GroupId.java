package io.arcticmatch.web.coaching;

import java.util.UUID;

/**
 * Identifies a coaching group.
 */
public record GroupId(UUID value) {

	static GroupId random() {
		return new GroupId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
