/**
 * The normalised job posting every source is turned into, and the {@link PostingIndex}
 * that stores and finds postings, whatever the store behind it.
 */
@NullMarked
package io.arcticmatch.matcher.posting;

import org.jspecify.annotations.NullMarked;
