package io.arcticmatch.web.coaching;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address to invite, add or hand over to.
 */
record EmailForm(@NotBlank(message = "{coaching.email.required}") @Email(message = "{coaching.email.invalid}") @Size(
		max = 320, message = "{coaching.email.invalid}") String email) {

	static EmailForm empty() {
		return new EmailForm("");
	}

}
