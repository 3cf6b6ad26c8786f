/**
 * What the feed fetchers share: {@link io.arcticmatch.ingest.source.http.FeedHttp} (GET
 * with timeouts, retries with exponential backoff, {@code Retry-After}, conditional
 * requests), the typed {@link io.arcticmatch.ingest.source.http.FeedFailure}, and how the
 * fetchers run: one at a time per source on its own poll interval
 * ({@link io.arcticmatch.ingest.source.http.FeedScheduler}), with every outcome in the
 * {@code feeds} health.
 * <p>
 * A fetcher hands every page to {@link io.arcticmatch.ingest.intake.Intake#accept} with
 * the checkpoint after that page, so a page is kept and the checkpoint advanced in one
 * transaction; a failure leaves the checkpoint where it was and the next run fetches the
 * page again.
 */
@NullMarked
package io.arcticmatch.ingest.source.http;

import org.jspecify.annotations.NullMarked;
