package io.arcticmatch.web.border;

/**
 * The citizenship groups the rules on the right to work tell apart.
 */
public enum CitizenshipGroup {

	/** Citizens of Denmark, Finland, Iceland, Norway or Sweden. */
	NORDIC,
	/** Citizens of another EU or EEA country (or Switzerland). */
	EU_EEA,
	/** Citizens of a country outside the EU/EEA. */
	OTHER

}
