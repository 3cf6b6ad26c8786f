package io.arcticmatch.web.trips;

/**
 * What the check-in on the day recorded.
 */
public enum Attendance {

	PRESENT, ABSENT

}
