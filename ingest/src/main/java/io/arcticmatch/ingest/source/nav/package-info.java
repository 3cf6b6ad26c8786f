/**
 * Norway: NAV's pam-stilling-feed (feed entries and feed pages) and NAV's internal pam-ad
 * format the feed is built from. NAV's terms require removing inactive ads, so an
 * INACTIVE feed entry is always a withdrawal.
 */
@NullMarked
package io.arcticmatch.ingest.source.nav;

import org.jspecify.annotations.NullMarked;
