/**
 * The middle stage: turns a source's ad into the platform's
 * {@link io.arcticmatch.matcher.posting.JobPosting} (concepts for codes and places,
 * sanitised HTML, UTC dates, the ad's language) and records what could not be read.
 */
@NullMarked
package io.arcticmatch.ingest.normalise;

import org.jspecify.annotations.NullMarked;
