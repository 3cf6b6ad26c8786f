package io.arcticmatch.matcher.posting;

/**
 * Whether a posting can still be applied for. Inactive postings stay in the index until
 * removed but are never found by a search.
 */
public enum PostingStatus {

	ACTIVE, INACTIVE

}
