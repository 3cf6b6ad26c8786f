package io.arcticmatch.matcher.posting;

/**
 * The filters a search counts its results by, so a page can show "Norway (120)".
 */
public enum Facet {

	/** Values: {@code NO}, {@code SE}, {@code FI}. */
	COUNTRY,
	/** Values: region place ids, e.g. {@code place:NO:region:18}. */
	REGION,
	/** Values: municipality place ids, e.g. {@code place:SE:2584}. */
	MUNICIPALITY,
	/** Values: ISCO-08 unit groups (4 digits). */
	OCCUPATION,
	/** Values: {@link EmploymentType} names. */
	EMPLOYMENT_TYPE,
	/** Values: ISO 639-1 codes of the working languages asked for. */
	WORKING_LANGUAGE,
	/** Values: driving licence concept ids. */
	DRIVING_LICENCE,
	/** Values: {@link RemoteMode} names. */
	REMOTE

}
