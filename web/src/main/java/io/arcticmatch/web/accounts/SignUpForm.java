package io.arcticmatch.web.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the sign-up page posts. Messages are keys of the message bundles.
 */
record SignUpForm(
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 320,
				message = "{signup.email.invalid}") String email,
		@NotBlank(message = "{signup.displayName.required}") @Size(max = 200,
				message = "{signup.displayName.tooLong}") String displayName,
		@Size(min = 12, max = 128, message = "{signup.password.length}") String password, String passwordRepeat) {

	static SignUpForm empty() {
		return new SignUpForm("", "", "", "");
	}

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.passwordRepeat);
	}

	@Override
	public String toString() {
		return "SignUpForm[" + this.email + "]";
	}

}
