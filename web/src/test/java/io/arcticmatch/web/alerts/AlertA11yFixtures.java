package io.arcticmatch.web.alerts;

import java.util.Locale;

import io.arcticmatch.web.accounts.Account;

import org.springframework.context.ApplicationContext;

/**
 * A saved search for the accessibility test of every page, which sits outside this
 * package.
 */
public final class AlertA11yFixtures {

	private AlertA11yFixtures() {
	}

	/**
	 * @return the unsubscribe token of a new weekly alert of the seeker
	 */
	public static String unsubscribeToken(ApplicationContext context, Account seeker) {
		return context.getBean(SavedSearches.class)
			.save(seeker.id(),
					new SavedSearches.NewSavedSearch("Nurses in Kiruna", "q=nurse", Frequency.WEEKLY, Locale.ENGLISH))
			.unsubscribeToken();
	}

}
