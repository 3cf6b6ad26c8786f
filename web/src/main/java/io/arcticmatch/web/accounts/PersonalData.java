package io.arcticmatch.web.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What one feature keeps about a person. Every feature that stores something about an
 * account provides one bean of this type, so that "export my data" shows all of it and
 * "delete my account" erases all of it, including what lives outside the database (an
 * index, a mail queue, files).
 */
public interface PersonalData {

	/**
	 * @return the name of this feature's part of an export, e.g. {@code "profile"}
	 */
	String section();

	/**
	 * @param account whose data
	 * @return what this feature keeps about the account, as values Jackson writes as
	 * JSON; {@code null} when it keeps nothing
	 */
	@Nullable Object export(AccountId account);

	/**
	 * Erases what this feature keeps about the account. Runs in the transaction that then
	 * deletes the account row, before it.
	 * @param account whose data
	 */
	void erase(AccountId account);

}
