package io.arcticmatch.matcher.concepts.core;

/**
 * The code systems and vocabularies that postings and profiles arrive in.
 */
public enum CodeSystem {

	/** Norway's occupation classification (SSB), ISCO-08 with national codes. */
	STYRK_08,
	/** Sweden's occupation classification (SCB); not code-identical with ISCO-08. */
	SSYK_2012,
	/**
	 * Finland's occupation classification (Statistics Finland), ISCO-08 plus 5-digit
	 * groups.
	 */
	AML_2010,
	/** The ILO's International Standard Classification of Occupations. */
	ISCO_08,
	/** An ESCO occupation URI. */
	ESCO_OCCUPATION,
	/** An ESCO skill URI. */
	ESCO_SKILL,
	/** A JobTech Taxonomy occupation-name concept id (Arbetsförmedlingen). */
	JOBTECH_OCCUPATION_NAME,
	/** A JobTech Taxonomy SSYK level-4 group concept id. */
	JOBTECH_SSYK4,
	/** A JobTech Taxonomy skill concept id. */
	JOBTECH_SKILL,
	/** A JobTech Taxonomy municipality concept id. */
	JOBTECH_MUNICIPALITY,
	/** A JobTech Taxonomy language-level concept id. */
	JOBTECH_LANGUAGE_LEVEL,
	/** A JobTech Taxonomy driving-licence concept id. */
	JOBTECH_DRIVING_LICENCE,
	/** A national municipality code: kommunenummer, kommunkod or kuntanumero. */
	MUNICIPALITY,
	/** A national region code: fylkesnummer, länskod or maakuntakoodi. */
	REGION,
	/** A place name in free text. */
	PLACE_NAME,
	/** An ISO 639 language code (639-1, 639-2 or 639-3). */
	ISO_639,
	/** A language name in free text. */
	LANGUAGE_NAME,
	/** A language level: a CEFR code or a NAV or JobTech level word. */
	LANGUAGE_LEVEL,
	/** A driving-licence class. */
	DRIVING_LICENCE,
	/** A free-text label, e.g. a job title. */
	LABEL

}
