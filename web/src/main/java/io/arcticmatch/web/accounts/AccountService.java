package io.arcticmatch.web.accounts;

import java.time.Clock;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts.
 */
@Service
public class AccountService {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AccountService(Accounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Opens an account.
	 * @param request who and with which role
	 * @return the new account's id
	 * @throws EmailAlreadyRegistered when the address has an account already
	 */
	@Transactional
	public AccountId open(NewAccount request) {
		String email = request.email().strip().toLowerCase(Locale.ROOT);
		Account account = new Account(AccountId.random(), email, request.displayName().strip(),
				this.passwords.encode(request.password()), request.role(), this.clock.instant());
		try {
			this.accounts.add(account);
		}
		catch (DuplicateKeyException ex) {
			throw new EmailAlreadyRegistered(email);
		}
		return account.id();
	}

}
