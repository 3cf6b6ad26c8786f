package io.arcticmatch.ingest.source.parse;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An application deadline as read from free text.
 *
 * @param at the deadline, when the text could be read as a date or time
 * @param text the text as given, kept only when it could not be read
 */
public record Deadline(@Nullable Instant at, @Nullable String text) {

	/** No deadline given. */
	public static final Deadline NONE = new Deadline(null, null);

}
