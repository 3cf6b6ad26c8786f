package io.arcticmatch.web.mentors;

/** The kinds of programme events. */
public enum EventKind {

	GATHERING, SEMINAR, MEETING_PLACE

}
