package io.arcticmatch.web.events;

/**
 * What the check-in on the day recorded.
 */
public enum Attendance {

	PRESENT, ABSENT

}
