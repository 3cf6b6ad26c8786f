package io.arcticmatch.web.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

	private final List<PersonalData> personalData;

	AccountService(Accounts accounts, PasswordEncoder passwords, Clock clock, List<PersonalData> personalData) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.personalData = personalData;
	}

	public Optional<Account> find(AccountId id) {
		return this.accounts.findById(id);
	}

	/**
	 * @param email compared without case
	 */
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(email);
	}

	/**
	 * Everything Arctic Match keeps about a person, by feature, for "export my data".
	 * @param id whose data
	 * @return the account itself under {@code "account"} (without the password hash),
	 * then one entry per feature that keeps something
	 * @throws AccountNotFound when there is no such account
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> export(AccountId id) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id.value().toString()));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("account",
				Map.of("id", account.id().value(), "email", account.email(), "displayName", account.displayName(),
						"role", account.role(), "createdAt", account.createdAt(), "language",
						this.accounts.language(id).orElse("")));
		for (PersonalData feature : this.personalData) {
			Object section = feature.export(id);
			if (section != null) {
				export.put(feature.section(), section);
			}
		}
		return export;
	}

	/**
	 * Deletes an account and everything every feature keeps about it, in one transaction:
	 * either all of it goes or nothing does.
	 * @param id whose account
	 * @return whether there was such an account
	 */
	@Transactional
	public boolean delete(AccountId id) {
		if (this.accounts.findById(id).isEmpty()) {
			return false;
		}
		this.personalData.forEach((feature) -> feature.erase(id));
		return this.accounts.delete(id);
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
