package io.arcticmatch.web.employers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the registration page posts. Messages are keys of the employers bundle.
 */
record RegistrationForm(
		@NotBlank(message = "{employers.register.organisation.required}") @Size(max = 200,
				message = "{employers.register.organisation.tooLong}") String organisation,
		String country, String orgNumber,
		@NotBlank(message = "{employers.register.displayName.required}") @Size(max = 200,
				message = "{employers.register.displayName.tooLong}") String displayName,
		@NotBlank(message = "{employers.register.email.required}") @Email(
				message = "{employers.register.email.invalid}") @Size(max = 320,
						message = "{employers.register.email.invalid}") String email,
		@Size(min = 12, max = 128, message = "{employers.register.password.length}") String password,
		String passwordRepeat) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", "", "");
	}

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.passwordRepeat);
	}

	@Override
	public String toString() {
		return "RegistrationForm[" + this.organisation + ", " + this.email + "]";
	}

}
