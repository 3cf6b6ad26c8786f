package io.arcticmatch.ingest.source.jobtech;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import io.arcticmatch.ingest.source.http.FeedSchedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Arbetsförmedlingen's JobStream (JobTech).
 *
 * @param enabled whether the scheduler reads the stream (live sources are opt-in)
 * @param baseUrl where {@code snapshot} and {@code stream} are, with the base path (e.g.
 * {@code https://jobstream.api.jobtechdev.se/} or {@code …/v2/}); a missing trailing
 * slash is added
 * @param pollInterval the pause between runs; JobStream allows one stream request per
 * minute
 * @param pageSize raw postings per intake batch while the snapshot or stream is read
 * @param apiKey sent as the {@code api-key} header when set (older JobTech docs require
 * one from apirequest.jobtechdev.se)
 */
@Validated
@ConfigurationProperties("arctic.ingest.jobtech")
public record JobTechFeedSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://jobstream.api.jobtechdev.se/") @NotNull URI baseUrl,
		@DefaultValue("5m") @NotNull Duration pollInterval, @DefaultValue("500") @Min(1) int pageSize,
		@Nullable String apiKey) implements FeedSchedule {

	/**
	 * @return the base URL, ending in a slash so that {@code snapshot} resolves below it
	 */
	public URI base() {
		String text = this.baseUrl.toString();
		return text.endsWith("/") ? this.baseUrl : URI.create(text + "/");
	}

	/**
	 * @return the API key, or null when none is set
	 */
	public @Nullable String key() {
		return (this.apiKey != null && !this.apiKey.isBlank()) ? this.apiKey.strip() : null;
	}

}
