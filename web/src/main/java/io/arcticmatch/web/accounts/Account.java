package io.arcticmatch.web.accounts;

import java.time.Instant;

/**
 * A person who can sign in.
 *
 * @param id the account's id
 * @param email where to reach them; also what they sign in with, compared without case
 * @param displayName how pages greet them
 * @param passwordHash the password's hash with its algorithm prefix, e.g.
 * {@code {bcrypt}...}
 * @param role what the account may do
 * @param createdAt when the account was made
 */
public record Account(AccountId id, String email, String displayName, String passwordHash, Role role,
		Instant createdAt) {

	@Override
	public String toString() {
		return "Account[%s, %s, %s]".formatted(this.id.value(), this.email, this.role);
	}

}
