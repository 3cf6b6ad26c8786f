package io.arcticmatch.matcher.concepts.core;

/**
 * Anything a code or a label can be turned into. Concepts are immutable values; two
 * concepts are the same concept when their ids are equal.
 */
public interface Concept {

	/**
	 * A stable id, unique across all kinds: an ESCO URI where there is one, otherwise a
	 * prefixed code such as {@code isco08:2221}, {@code jobtech:skill:AbC1_dEf_GhI} or
	 * {@code place:NO:1806}.
	 * @return the id
	 */
	String id();

	/**
	 * What kind of concept this is.
	 * @return the kind
	 */
	ConceptKind kind();

	/**
	 * The labels in every language the data has.
	 * @return the labels
	 */
	Labels labels();

	/**
	 * The label to show in a language (falling back to English if the data has none).
	 * @param language the language
	 * @return the label
	 */
	default String label(LabelLanguage language) {
		return labels().get(language);
	}

}
