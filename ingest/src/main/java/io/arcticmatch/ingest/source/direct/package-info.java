/**
 * Direct: openings employers post on Arctic Match itself. The web application writes each
 * version of an opening as a {@link io.arcticmatch.ingest.source.direct.DirectOpening}
 * and hands it to the intake like any fetched ad, so it goes through the same pipeline.
 */
@NullMarked
package io.arcticmatch.ingest.source.direct;

import org.jspecify.annotations.NullMarked;
