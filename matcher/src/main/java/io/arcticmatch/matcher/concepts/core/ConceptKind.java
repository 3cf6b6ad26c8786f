package io.arcticmatch.matcher.concepts.core;

/**
 * The kinds of concept.
 */
public enum ConceptKind {

	/** An ESCO occupation or an ISCO-08 group. */
	OCCUPATION,
	/** An ESCO or JobTech skill. */
	SKILL,
	/** A country, region or municipality. */
	PLACE,
	/** A language. */
	LANGUAGE,
	/** A driving-licence class. */
	DRIVING_LICENCE

}
