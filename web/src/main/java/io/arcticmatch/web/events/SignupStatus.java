package io.arcticmatch.web.events;

/**
 * Where a sign-up stands.
 */
public enum SignupStatus {

	SEATED, WAITING

}
