package io.arcticmatch.web.i18n;

import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.PreferredLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Keeps on a signed-in person's account the language they use the pages in, so that mails
 * to them are written in it. The account's language is read once per session, and written
 * only when it changes.
 */
@Component
class AccountLanguages implements HandlerInterceptor {

	private static final String KEPT = AccountLanguages.class.getName() + ".kept";

	/** Looked up when first needed: accounts need every feature's personal data. */
	private final ObjectProvider<AccountService> accounts;

	private final PreferredLanguages languages;

	AccountLanguages(ObjectProvider<AccountService> accounts, PreferredLanguages languages) {
		this.accounts = accounts;
		this.languages = languages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Kept kept = kept(request);
		if (kept == null) {
			return true;
		}
		Locale used = SupportedLanguage.closestTo(RequestContextUtils.getLocale(request)).locale();
		if (!used.getLanguage().equals(kept.language())) {
			this.languages.keep(new AccountId(kept.account()), used);
			request.getSession().setAttribute(KEPT, new Kept(kept.email(), kept.account(), used.getLanguage()));
		}
		return true;
	}

	private @Nullable Kept kept(HttpServletRequest request) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
			return null;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(KEPT) instanceof Kept kept
				&& kept.email().equals(signedIn.getName())) {
			return kept;
		}
		Account account = this.accounts.getObject().findByEmail(signedIn.getName()).orElse(null);
		if (account == null) {
			// deleted while signed in: the sign-out that follows needs no language
			return null;
		}
		Kept kept = new Kept(signedIn.getName(), account.id().value(),
				this.languages.of(account.id()).map(Locale::getLanguage).orElse(null));
		request.getSession().setAttribute(KEPT, kept);
		return kept;
	}

	/**
	 * What the session knows of its person's language.
	 *
	 * @param email whom it was read for (the session may change hands at sign-in)
	 * @param account their account
	 * @param language the language their account keeps, {@code null} if none yet
	 */
	private record Kept(String email, UUID account, @Nullable String language) implements Serializable {

	}

}
