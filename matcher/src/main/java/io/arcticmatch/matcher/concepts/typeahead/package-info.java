/**
 * Typeahead over the labels of all concepts in all languages, for the profile and posting
 * forms: exact and word prefixes first, then popularity, then shorter labels, with a
 * bounded diacritic-insensitive and fuzzy pass when prefixes find too little.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.typeahead;

import org.jspecify.annotations.NullMarked;
