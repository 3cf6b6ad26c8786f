package io.arcticmatch.web.coaching;

/**
 * Where a member's goal stands.
 */
public enum GoalStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED

}
