package io.arcticmatch.web.alerts;

import org.jspecify.annotations.Nullable;

/**
 * What the alerts page posts to save a search. Checked by {@link AlertsController}, which
 * also reads the query the way the search does.
 *
 * @param name what the seeker calls the search
 * @param query the search page's address or query string
 * @param frequency how often to mail; daily when not given
 */
record AlertForm(@Nullable String name, @Nullable String query, @Nullable Frequency frequency) {

	static final int NAME_MAX = 120;

	static final int QUERY_MAX = 2000;

	static AlertForm prefilled(@Nullable String name, @Nullable String query) {
		return new AlertForm(name, query, Frequency.DAILY);
	}

}
