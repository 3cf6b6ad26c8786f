package io.arcticmatch.matcher.concepts.typeahead;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;

/**
 * One typeahead suggestion.
 *
 * @param concept the concept (an {@code OccupationConcept}, {@code SkillConcept},
 * {@code Place}, {@code Language} or {@code DrivingLicence})
 * @param label the label that matched, as published
 * @param language the language of that label
 * @param match how it matched
 * @param popularity the concept's popularity, the second ranking key
 */
public record Suggestion(Concept concept, String label, LabelLanguage language, MatchType match, int popularity) {
}
