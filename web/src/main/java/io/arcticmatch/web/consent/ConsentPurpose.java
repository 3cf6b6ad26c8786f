package io.arcticmatch.web.consent;

/**
 * Who a seeker lets see their profile.
 */
public enum ConsentPurpose {

	/** The coaches of the coaching groups the seeker is a member of. */
	COACHES,

	/** Employers with openings on Arctic Match, e.g. as a matched candidate. */
	EMPLOYERS

}
