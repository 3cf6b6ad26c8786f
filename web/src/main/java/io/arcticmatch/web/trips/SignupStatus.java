package io.arcticmatch.web.trips;

/**
 * Where a sign-up stands.
 */
public enum SignupStatus {

	SEATED, WAITING

}
