package io.arcticmatch.web.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator created at the first start, when there is none yet.
 *
 * @param email the administrator's sign-in address
 * @param password the initial password; when blank, one is generated and logged once
 */
@Validated
@ConfigurationProperties("arctic.security.first-admin")
record FirstAdminSettings(@NotBlank @Email String email, String password) {

	@Override
	public String toString() {
		return "FirstAdminSettings[" + this.email + "]";
	}

}
