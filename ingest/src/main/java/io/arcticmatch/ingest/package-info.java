/**
 * Feeds in: the sources that fetch job postings, their normalisation and the pipeline
 * that hands them on to the posting index.
 */
@NullMarked
package io.arcticmatch.ingest;

import org.jspecify.annotations.NullMarked;
