package io.arcticmatch.ingest.source.nav;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import io.arcticmatch.ingest.source.http.FeedSchedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * NAV's pam-stilling-feed (arbeidsplassen.nav.no).
 *
 * @param enabled whether the scheduler reads the feed (live sources are opt-in)
 * @param baseUrl where the feed is; the feed's relative URLs resolve against it
 * @param pollInterval the pause between runs (NAV's own client waits 120 s once caught
 * up)
 * @param pageSize lines per feed page, sent as {@code pageSize} (NAV's default 1000, at
 * most 10000)
 * @param token a private token NAV issued (it does not rotate); blank to use the public
 * token from {@code /api/publicToken}, fetched again whenever NAV refuses it
 * @param firstSyncLookback how far back a first sync starts ({@code If-Modified-Since});
 * NAV says no ad stays active for more than 6 months
 */
@Validated
@ConfigurationProperties("arctic.ingest.nav")
public record NavFeedSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://pam-stilling-feed.nav.no/") @NotNull URI baseUrl,
		@DefaultValue("2m") @NotNull Duration pollInterval, @DefaultValue("1000") @Min(1) @Max(10000) int pageSize,
		@Nullable String token, @DefaultValue("183d") @NotNull Duration firstSyncLookback) implements FeedSchedule {

	/**
	 * @return the private token, or null to use the public one
	 */
	public @Nullable String privateToken() {
		return (this.token != null && !this.token.isBlank()) ? this.token.strip() : null;
	}

}
