package io.arcticmatch.web.accounts;

/**
 * Someone tried to sign up with an e-mail address that already has an account.
 */
public class EmailAlreadyRegistered extends RuntimeException {

	public EmailAlreadyRegistered(String email) {
		super("An account with the e-mail address %s already exists".formatted(email));
	}

}
