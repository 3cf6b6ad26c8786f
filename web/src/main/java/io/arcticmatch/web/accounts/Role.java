package io.arcticmatch.web.accounts;

/**
 * What an account is for; every route is open to some of them only.
 */
public enum Role {

	SEEKER, COACH, EMPLOYER, ADMIN;

	/**
	 * @return the name Spring Security's {@code hasRole} checks against
	 */
	String authority() {
		return "ROLE_" + name();
	}

}
