package io.arcticmatch.web.coaching;

/**
 * How a change to a group's coaches went.
 */
public enum CoachChange {

	DONE, NO_SUCH_COACH, SAME_COACH, LAST_COACH

}
