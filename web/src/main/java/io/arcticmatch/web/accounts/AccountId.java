package io.arcticmatch.web.accounts;

import java.util.UUID;

/**
 * Identifies an account; never shown as a user name.
 */
public record AccountId(UUID value) {

	static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

}
