package io.arcticmatch.web.coaching;

/**
 * What came of a member's job search, in the order it usually happens.
 */
public enum OutcomeKind {

	APPLICATION, INTERVIEW, JOB_OFFER, HIRE

}
