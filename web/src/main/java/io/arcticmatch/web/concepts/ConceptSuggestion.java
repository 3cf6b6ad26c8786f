package io.arcticmatch.web.concepts;

/**
 * One concept a typed text may mean.
 *
 * @param id the concept's id, what a form submits
 * @param kind occupation, skill, place, language or driving licence
 * @param label the label that matched the text
 * @param displayLabel the concept's label in the caller's language, what a form shows
 * once picked
 */
public record ConceptSuggestion(String id, String kind, String label, String displayLabel) {

}
