package io.arcticmatch.web.trips;

/**
 * Who may sign up for a trip.
 */
public enum Eligibility {

	/** Every signed-in job seeker. */
	ANYONE_SIGNED_IN,

	/** Only the job seekers whose e-mail addresses the organiser listed. */
	LISTED,

	/** Only the members of the organiser's coaching group the trip names. */
	GROUP_MEMBERS

}
