package io.arcticmatch.web.mentors;

/** A place at an event, or a place in its waiting list. */
public enum SignUpStatus {

	CONFIRMED, WAITING

}
