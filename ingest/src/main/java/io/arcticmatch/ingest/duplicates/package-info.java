/**
 * The same job published by several sources (on NAV and again through JobTech, or posted
 * directly and also in a feed) becomes one posting in the index that keeps every source's
 * link. Postings are compared within a block of the same employer and place, by title and
 * by the overlap of their texts; the first one seen stays the one in the index, and when
 * it is withdrawn the next one takes its place.
 */
@NullMarked
package io.arcticmatch.ingest.duplicates;

import org.jspecify.annotations.NullMarked;
