package io.arcticmatch.ingest.source;

/**
 * The code system a {@link SourceCode} belongs to. Codes are stored as the source gave
 * them; mapping between systems (e.g. to ISCO-08) is a later stage's work.
 */
public enum CodeSystem {

	/** STYRK-08, Norway's ISCO-08 variant, 4 digits. */
	STYRK08,

	/**
	 * NAV's extension of STYRK-08, e.g. {@code 2342.07}; the first 4 digits are STYRK-08.
	 */
	STYRK08NAV,

	/** An ESCO occupation URI, {@code http://data.europa.eu/esco/occupation/<uuid>}. */
	ESCO_OCCUPATION,

	/** A JANZZ concept id (NAV's occupation ontology). */
	JANZZ,

	/** A JobTech Taxonomy occupation-name concept id. */
	JOBTECH_OCCUPATION_NAME,

	/** A JobTech Taxonomy occupation-group concept id (an SSYK 2012 unit group). */
	JOBTECH_OCCUPATION_GROUP,

	/** A JobTech Taxonomy occupation-field concept id (a broad field). */
	JOBTECH_OCCUPATION_FIELD,

	/** SSYK 2012, Sweden's ISCO-08 variant, 4 digits. */
	SSYK2012,

	/**
	 * Statistics Finland's Ammattiluokitus 2010, 5 characters; the first 4 digits are
	 * ISCO-08.
	 */
	AML2010,

	/** ISCO-08, 4 digits. */
	ISCO08,

	/** A JobTech Taxonomy skill concept id. */
	JOBTECH_SKILL,

	/** A JobTech Taxonomy language concept id. */
	JOBTECH_LANGUAGE,

	/**
	 * A JobTech Taxonomy driving-licence concept id; the label is the licence class (B,
	 * CE...).
	 */
	JOBTECH_DRIVING_LICENCE,

	/**
	 * An id of Arctic Match's own concept layer (an occupation, skill, language or
	 * licence concept), as an employer picked it for a direct opening; the label of a
	 * language is the CEFR level asked for.
	 */
	ARCTIC_CONCEPT

}
