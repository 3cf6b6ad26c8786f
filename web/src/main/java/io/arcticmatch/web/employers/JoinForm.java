package io.arcticmatch.web.employers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a colleague posts to accept an invitation.
 */
record JoinForm(
		@NotBlank(message = "{employers.register.displayName.required}") @Size(max = 200,
				message = "{employers.register.displayName.tooLong}") String displayName,
		@Size(min = 12, max = 128, message = "{employers.register.password.length}") String password,
		String passwordRepeat) {

	static JoinForm empty() {
		return new JoinForm("", "", "");
	}

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.passwordRepeat);
	}

	@Override
	public String toString() {
		return "JoinForm[" + this.displayName + "]";
	}

}
