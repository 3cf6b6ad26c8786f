package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.arcticmatch.ingest.source.http.FeedSchedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The legacy TE-palvelut tpt-api (predecessor of Työmarkkinatori; gone since
 * Työmarkkinatori launched, so off unless a compatible service is at the base URL).
 *
 * @param enabled whether the scheduler reads the listing (live sources are opt-in)
 * @param baseUrl where {@code tyopaikat} is; a missing trailing slash is added
 * @param pollInterval the pause between runs; each run reads the whole listing
 * @param pageSize Solr {@code rows} per page
 * @param language {@code kieli}: the language of the labels ({@code fi}, {@code sv},
 * {@code en})
 * @param regions {@code alueet}: the regions listed
 */
@Validated
@ConfigurationProperties("arctic.ingest.tyomarkkinatori")
public record TeTptFeedSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://paikat.te-palvelut.fi/tpt-api/") @NotNull URI baseUrl,
		@DefaultValue("6h") @NotNull Duration pollInterval, @DefaultValue("100") @Min(1) int pageSize,
		@DefaultValue("fi") @NotBlank String language, @DefaultValue( {
				"Lappi", "Oulu" }) List<String> regions)
		implements
			FeedSchedule{

	/**
	 * @return the base URL, ending in a slash so that {@code tyopaikat} resolves below it
	 */
	public URI base() {
		String text = this.baseUrl.toString();
		return text.endsWith("/") ? this.baseUrl : URI.create(text + "/");
	}

}
