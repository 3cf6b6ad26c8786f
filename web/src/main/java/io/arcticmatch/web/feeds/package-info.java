/**
 * The administrators' view of ingest: per source the last successful sync, how far its
 * postings have come through the pipeline, and the postings that were rejected with their
 * reasons.
 */
@NullMarked
package io.arcticmatch.web.feeds;

import org.jspecify.annotations.NullMarked;
