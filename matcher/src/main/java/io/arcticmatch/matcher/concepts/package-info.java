/**
 * The concept layer: one vocabulary for the occupations, skills, places, languages and
 * driving licences of Norway, Sweden and Finland. {@link Concepts} is the entry point,
 * built once from the data shipped in {@code concepts/} (attribution in
 * {@code concepts/ATTRIBUTION.md}).
 */
@NullMarked
package io.arcticmatch.matcher.concepts;

import org.jspecify.annotations.NullMarked;
