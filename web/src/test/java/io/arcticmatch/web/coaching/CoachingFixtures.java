package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;

/**
 * Accounts and groups with unique addresses, for tests that share one database.
 */
final class CoachingFixtures {

	static final String PASSWORD = "a long enough password";

	private final AccountService accounts;

	CoachingFixtures(AccountService accounts) {
		this.accounts = accounts;
	}

	Account account(Role role, String name) {
		String email = name.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@coaching.example";
		return this.accounts.find(this.accounts.open(new NewAccount(email, name, PASSWORD, role))).orElseThrow();
	}

	static GroupDetails details(String name) {
		return new GroupDetails(name, "Work across the border", List.of("nb", "sv"), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 6, 30), List.of(Country.NO, Country.SE));
	}

}
