package io.arcticmatch.web.accounts;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The language each person last used the pages in while signed in, kept on their account:
 * mails to them are written in it. Apart from {@link AccountService} so that features
 * that write mails can use it while the service gathers their personal data.
 */
@Service
public class PreferredLanguages {

	private final Accounts accounts;

	PreferredLanguages(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param id whose language
	 * @return the language kept for them; empty when they have not used the pages yet
	 */
	public Optional<Locale> of(AccountId id) {
		return this.accounts.language(id).map(Locale::forLanguageTag);
	}

	/**
	 * @param id whose language
	 * @param language one of the languages the pages are written in
	 */
	public void keep(AccountId id, Locale language) {
		this.accounts.setLanguage(id, language.getLanguage());
	}

}
