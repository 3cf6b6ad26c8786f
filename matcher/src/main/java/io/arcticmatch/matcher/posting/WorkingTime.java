package io.arcticmatch.matcher.posting;

/**
 * Full or part time, as far as the ad says.
 */
public enum WorkingTime {

	FULL_TIME, PART_TIME

}
