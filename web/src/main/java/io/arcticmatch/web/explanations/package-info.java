/**
 * The matcher's explanations in words: a {@code MatchScore}'s tree of reasons rendered in
 * the reader's language ("matched: welding, Swedish C1; missing: licence C; 132 km from
 * Narvik"), for every page that shows a match — to seekers, coaches and employers alike.
 */
@NullMarked
package io.arcticmatch.web.explanations;

import org.jspecify.annotations.NullMarked;
