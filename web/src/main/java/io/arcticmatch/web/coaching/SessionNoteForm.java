package io.arcticmatch.web.coaching;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The group note of a session; may be emptied.
 */
record SessionNoteForm(@Size(max = 8000, message = "{coaching.session.note.tooLong}") @Nullable String note) {

	String noteOrEmpty() {
		return (this.note != null) ? this.note : "";
	}

}
