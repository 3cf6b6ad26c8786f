package io.arcticmatch.ingest.source.nav;

import io.arcticmatch.ingest.source.RawPosting;
import org.jspecify.annotations.Nullable;

/**
 * One line of a pam-stilling-feed page: a change to one ad. Lines carry no ad content.
 * For an active line the fetcher GETs {@link #entryUrl()} and converts the answer; an
 * inactive line is complete as it is: {@link #entry()} converts to a withdrawal. The same
 * ad appears on many lines (the last wins) and consecutive pages overlap by one line:
 * deduplicate on ({@link #adUuid()}, {@link #dateModified()}).
 *
 * @param adUuid the ad's uuid (the line's {@code id} is the ad's, not the event's)
 * @param active whether {@code _feed_entry.status} is ACTIVE
 * @param dateModified the line's {@code date_modified} as given, for deduplication
 * @param entryUrl where the ad's current feed entry is, relative to the feed's host
 * @param entry the line's {@code _feed_entry} as a
 * {@link io.arcticmatch.ingest.source.SourceFormat#NAV_FEED_ENTRY} posting without
 * content
 */
public record NavFeedLine(String adUuid, boolean active, @Nullable String dateModified, String entryUrl,
		RawPosting entry) {

}
