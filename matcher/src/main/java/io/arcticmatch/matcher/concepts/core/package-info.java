/**
 * The vocabulary every concept kind shares: labels in several languages, the typed result
 * of turning a national code into a concept, confidence weights, and the text
 * normalisation used by every lookup.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.core;

import org.jspecify.annotations.NullMarked;
