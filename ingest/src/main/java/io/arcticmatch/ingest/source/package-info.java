/**
 * Converters from the public job feeds of Norway, Sweden and Finland: a fetched
 * {@link io.arcticmatch.ingest.source.RawPosting} becomes a
 * {@link io.arcticmatch.ingest.source.Conversion}, i.e. a
 * {@link io.arcticmatch.ingest.source.SourceAd} as the source said it (codes tagged by
 * code system, nothing mapped yet), a withdrawal, or a rejection a human can act on.
 * Every guess a converter makes is written down in the ad.
 */
@NullMarked
package io.arcticmatch.ingest.source;

import org.jspecify.annotations.NullMarked;
