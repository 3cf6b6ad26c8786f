/**
 * What every converter needs to read feed JSON leniently: field access that names the
 * field when a value has the wrong type, time and deadline parsing in a country's zone,
 * plain text to HTML, and the list of guesses.
 */
@NullMarked
package io.arcticmatch.ingest.source.parse;

import org.jspecify.annotations.NullMarked;
