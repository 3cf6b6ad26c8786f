package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedRequest;
import io.arcticmatch.ingest.source.http.FeedResponse;

import org.springframework.stereotype.Component;

/**
 * HTTP for the legacy tpt-api listing: {@code GET tyopaikat?kieli=&alueet=&start=&rows=},
 * a Solr answer paged with {@code start} and {@code rows}. No authentication.
 */
@Component
public class TeTptFeedClient {

	private final FeedHttp http;

	private final TeTptFeedSettings settings;

	/**
	 * @param http how to GET
	 * @param settings where the listing is, language, regions, page size
	 */
	public TeTptFeedClient(FeedHttp http, TeTptFeedSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	/**
	 * @param start the first document's offset in the listing
	 * @return the page
	 */
	public Page page(int start) {
		URI uri = this.settings.base()
			.resolve("tyopaikat?kieli=%s&alueet=%s&start=%d&rows=%d".formatted(encode(this.settings.language()),
					encode(String.join(",", this.settings.regions())), start, this.settings.pageSize()));
		FeedResponse response = this.http.get(FeedRequest.get(uri).header("Accept", "application/json"));
		return switch (response) {
			case FeedResponse.Fetched fetched -> new Page(uri, fetched.body(), fetched.receivedAt());
			case FeedResponse.NotModified notModified -> throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
					"tpt-api answered 304 to the unconditional %s".formatted(uri));
			case FeedResponse.NotFound notFound -> throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
					("there is no tpt-api listing at %s (%d): the legacy TE-palvelut API was replaced by "
							+ "Työmarkkinatori; point arctic.ingest.tyomarkkinatori.base-url at a compatible service "
							+ "or disable it")
						.formatted(uri, notFound.status()));
		};
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One page of the listing.
	 *
	 * @param uri the URI that was asked
	 * @param body the Solr JSON
	 * @param receivedAt when it came
	 */
	public record Page(URI uri, String body, Instant receivedAt) {

	}

}
