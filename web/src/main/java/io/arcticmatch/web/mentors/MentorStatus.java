package io.arcticmatch.web.mentors;

/** Where a mentor's offer stands with the coordinator. */
public enum MentorStatus {

	PENDING, APPROVED, DECLINED

}
