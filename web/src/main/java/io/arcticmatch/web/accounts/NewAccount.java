package io.arcticmatch.web.accounts;

/**
 * What it takes to open an account.
 *
 * @param email the sign-in address
 * @param displayName how pages greet them
 * @param password the password as typed; only its hash is kept
 * @param role what the account may do
 */
public record NewAccount(String email, String displayName, String password, Role role) {

	@Override
	public String toString() {
		return "NewAccount[%s, %s]".formatted(this.email, this.role);
	}

}
