package io.arcticmatch.matcher.matching;

/**
 * The highest education a job seeker has completed, in the broad steps of ISCED 2011.
 */
public enum EducationLevel {

	/** Compulsory school (ISCED 1-2). */
	COMPULSORY,
	/** Upper secondary school, general track (ISCED 3). */
	UPPER_SECONDARY,
	/** Vocational upper secondary or post-secondary vocational training (ISCED 3-4). */
	VOCATIONAL,
	/**
	 * Short-cycle tertiary, e.g. a Swedish yrkeshögskola or Norwegian fagskole (ISCED 5).
	 */
	SHORT_TERTIARY,
	/** Bachelor's degree or equivalent (ISCED 6). */
	BACHELOR,
	/** Master's degree or equivalent (ISCED 7). */
	MASTER,
	/** Doctorate (ISCED 8). */
	DOCTORATE

}
