package io.arcticmatch.web.coaching;

/**
 * Whether an invitation link still works.
 */
public enum InvitationState {

	OPEN, USED, EXPIRED

}
