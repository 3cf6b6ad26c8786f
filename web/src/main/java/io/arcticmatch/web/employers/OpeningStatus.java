package io.arcticmatch.web.employers;

/**
 * Whether an opening can be applied for. Only an open opening of an approved employer is
 * published.
 */
public enum OpeningStatus {

	OPEN, CLOSED, EXPIRED

}
