package io.arcticmatch.web.accounts;

/**
 * The signed-in session names an account that no longer exists, e.g. deleted in another
 * tab.
 */
public class AccountNotFound extends RuntimeException {

	public AccountNotFound(String who) {
		super("No account for " + who + "; sign in again.");
	}

}
