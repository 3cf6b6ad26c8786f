package io.arcticmatch.web.coaching;

/**
 * How adding an existing seeker to a group went.
 */
public enum MemberAdded {

	ADDED, ALREADY_MEMBER, NO_SUCH_SEEKER

}
