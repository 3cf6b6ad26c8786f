package io.arcticmatch.web.coaching;

/**
 * How joining a group with an invitation went.
 */
public enum JoinResult {

	JOINED, ALREADY_MEMBER, USED, EXPIRED, INVALID

}
