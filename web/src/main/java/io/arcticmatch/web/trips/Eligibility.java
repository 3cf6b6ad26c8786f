package io.arcticmatch.web.trips;

/**
 * Who may sign up for a trip.
 */
public enum Eligibility {

	/** Every signed-in job seeker. */
	ANYONE_SIGNED_IN,

	/**
	 * Only the job seekers whose e-mail addresses the organiser listed. A coaching group
	 * reference may be stored with the trip; until coaching groups can be asked for their
	 * members it is shown, not enforced.
	 */
	LISTED

}
