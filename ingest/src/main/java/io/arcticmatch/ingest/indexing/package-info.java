/**
 * The last stage: applies normalised postings and withdrawals to the posting index and
 * reports each raw posting's outcome.
 */
@NullMarked
package io.arcticmatch.ingest.indexing;

import org.jspecify.annotations.NullMarked;
