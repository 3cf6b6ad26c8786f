package io.arcticmatch.matcher.concepts.typeahead;

/**
 * How a suggestion's label matched the query, best first.
 */
public enum MatchType {

	/** The whole label is the query. */
	EXACT,
	/** The label starts with the query. */
	PREFIX,
	/** A later word of the label starts with the query. */
	WORD_PREFIX,
	/** The label or a later word starts with the query once diacritics are ignored. */
	FOLDED_PREFIX,
	/** The label starts with something within one or two edits of the query. */
	FUZZY

}
