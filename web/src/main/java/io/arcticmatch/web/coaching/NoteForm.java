package io.arcticmatch.web.coaching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A follow-up note about a member.
 */
record NoteForm(@NotBlank(message = "{coaching.note.required}") @Size(max = 8000,
		message = "{coaching.note.tooLong}") String text) {

	static NoteForm empty() {
		return new NoteForm("");
	}

}
