package io.arcticmatch.matcher.posting;

/**
 * What a salary amount is paid for.
 */
public enum SalaryPeriod {

	HOUR, MONTH, YEAR

}
