package io.arcticmatch.matcher.posting;

/**
 * The kind of engagement, mapped from each country's words.
 */
public enum EmploymentType {

	PERMANENT, TEMPORARY, SEASONAL, OTHER

}
