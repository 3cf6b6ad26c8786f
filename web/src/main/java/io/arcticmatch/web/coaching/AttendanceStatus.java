package io.arcticmatch.web.coaching;

/**
 * Whether a member came to a session.
 */
public enum AttendanceStatus {

	PRESENT, ABSENT, EXCUSED

}
