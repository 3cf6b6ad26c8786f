package io.arcticmatch.ingest.source.nav;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedRequest;
import io.arcticmatch.ingest.source.http.FeedResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * HTTP for pam-stilling-feed: the token, feed pages and feed entries. Every call but the
 * public token carries {@code Authorization: Bearer}; the public token rotates, so a 401
 * fetches it again and the call is made once more. The feed's URLs come relative
 * ({@code /api/v1/feed/<id>}) or absolute; both resolve against the base URL.
 */
@Component
public class NavFeedClient {

	private static final Logger log = LoggerFactory.getLogger(NavFeedClient.class);

	static final String PUBLIC_TOKEN = "/api/publicToken";

	static final String FEED = "/api/v1/feed";

	private final FeedHttp http;

	private final NavFeedSettings settings;

	private volatile @Nullable String publicToken;

	/**
	 * @param http how to GET
	 * @param settings where the feed is, page size, token
	 */
	public NavFeedClient(FeedHttp http, NavFeedSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	/**
	 * The first page of a first sync: the page starting at the first line changed after
	 * {@code since}.
	 * @param since how far back to start
	 * @return the page, or unchanged when nothing changed since then
	 */
	public Page firstPage(Instant since) {
		String ifModifiedSince = DateTimeFormatter.RFC_1123_DATE_TIME.format(since.atOffset(ZoneOffset.UTC));
		return page(FEED, null, ifModifiedSince);
	}

	/**
	 * A feed page, conditional when an earlier answer's ETag or Last-Modified is given.
	 * @param url the page's URL as the feed gave it (relative or absolute)
	 * @param etag the ETag of an earlier answer of this page
	 * @param lastModified the Last-Modified of an earlier answer of this page
	 * @return the page, unchanged, or gone
	 */
	public Page page(String url, @Nullable String etag, @Nullable String lastModified) {
		URI uri = withPageSize(resolve(url));
		FeedResponse response = authorized(
				(token) -> request(uri, token).ifNoneMatch(etag).ifModifiedSince(lastModified));
		return switch (response) {
			case FeedResponse.Fetched fetched ->
				new Page.Fetched(uri, fetched.body(), fetched.etag(), fetched.lastModified(), fetched.receivedAt());
			case FeedResponse.NotModified notModified -> new Page.Unchanged(uri);
			case FeedResponse.NotFound notFound -> new Page.Gone(uri, notFound.status());
		};
	}

	/**
	 * The current state of one ad.
	 * @param url the line's entry URL (relative or absolute)
	 * @return the entry's JSON, or gone when NAV has no entry for it (any more)
	 */
	public Entry entry(String url) {
		URI uri = resolve(url);
		FeedResponse response = authorized((token) -> request(uri, token));
		return switch (response) {
			case FeedResponse.Fetched fetched -> new Entry.Fetched(fetched.body(), fetched.receivedAt());
			case FeedResponse.NotModified notModified -> throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
					"NAV answered 304 to the unconditional %s".formatted(uri));
			case FeedResponse.NotFound notFound -> new Entry.Gone(uri, notFound.status());
		};
	}

	/**
	 * @param url a URL as the feed gives it
	 * @return it resolved against the base URL (an absolute one stays as it is)
	 */
	public URI resolve(String url) {
		try {
			return this.settings.baseUrl().resolve(url);
		}
		catch (IllegalArgumentException ex) {
			throw new FeedFailure(FeedFailure.Kind.MALFORMED_PAGE,
					"NAV gave the URL '%s', which is not a URL: %s".formatted(url, ex.getMessage()), ex);
		}
	}

	/**
	 * @param url a URL as the feed gives it
	 * @return the form to keep in a checkpoint: host-relative when it is on the base
	 * URL's host (so the checkpoint survives a change of base URL), else absolute
	 */
	public String keepable(String url) {
		URI uri = resolve(url);
		URI base = this.settings.baseUrl();
		if (uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(base.getScheme())
				&& String.valueOf(uri.getRawAuthority()).equalsIgnoreCase(String.valueOf(base.getRawAuthority()))) {
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		return uri.toString();
	}

	/**
	 * @return the token to send: the private one, or the current public one
	 */
	String token() {
		String configured = this.settings.privateToken();
		if (configured != null) {
			return configured;
		}
		String token = this.publicToken;
		return (token != null) ? token : refreshPublicToken();
	}

	private synchronized String refreshPublicToken() {
		URI uri = resolve(PUBLIC_TOKEN);
		FeedResponse response = this.http.get(FeedRequest.get(uri).header("Accept", "text/plain"));
		if (!(response instanceof FeedResponse.Fetched fetched)) {
			throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
					"NAV has no public token at %s (%s)".formatted(uri, response));
		}
		String token = lastNonBlankLine(fetched.body());
		if (token == null) {
			throw new FeedFailure(FeedFailure.Kind.MALFORMED_PAGE,
					"NAV's public token answer at %s is empty".formatted(uri));
		}
		this.publicToken = token;
		return token;
	}

	/**
	 * @param text NAV's token answer: a sentence, then the token on a line of its own
	 * @return the last line that is not blank, stripped
	 */
	static @Nullable String lastNonBlankLine(String text) {
		String last = null;
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				last = line.strip();
			}
		}
		return last;
	}

	private FeedResponse authorized(Function<String, FeedRequest> request) {
		String token = token();
		try {
			return this.http.get(request.apply(token));
		}
		catch (FeedFailure failure) {
			if (failure.kind() != FeedFailure.Kind.UNAUTHORIZED) {
				throw failure;
			}
			if (this.settings.privateToken() != null) {
				throw new FeedFailure(FeedFailure.Kind.UNAUTHORIZED,
						"NAV refused the private token (arctic.ingest.nav.token): %s. Ask nav.team.arbeidsplassen@nav.no"
							.formatted(failure.getMessage())
								+ " for a new one, or leave the setting blank to use the public token",
						failure);
			}
			log.info("NAV refused the public token (it rotates); fetching it again");
			this.publicToken = null;
			String fresh = refreshPublicToken();
			try {
				return this.http.get(request.apply(fresh));
			}
			catch (FeedFailure again) {
				if (again.kind() == FeedFailure.Kind.UNAUTHORIZED) {
					throw new FeedFailure(FeedFailure.Kind.UNAUTHORIZED,
							"NAV refused a freshly fetched public token too: %s".formatted(again.getMessage()), again);
				}
				throw again;
			}
		}
	}

	private static FeedRequest request(URI uri, String token) {
		return FeedRequest.get(uri).header("Authorization", "Bearer " + token).header("Accept", "application/json");
	}

	private URI withPageSize(URI uri) {
		String query = uri.getRawQuery();
		if (query != null && (query.startsWith("pageSize=") || query.contains("&pageSize="))) {
			return uri;
		}
		String text = uri.toString();
		int fragment = text.indexOf('#');
		if (fragment >= 0) {
			text = text.substring(0, fragment);
		}
		return URI.create(text + ((query == null) ? "?" : "&") + "pageSize=" + this.settings.pageSize());
	}

	/**
	 * A feed page as NAV answered.
	 */
	public sealed interface Page {

		/**
		 * @return the URI that was asked
		 */
		URI uri();

		/**
		 * The page's JSON.
		 *
		 * @param uri the URI that was asked
		 * @param body the page's JSON
		 * @param etag its ETag, for polling it again
		 * @param lastModified its Last-Modified, for polling it again
		 * @param receivedAt when it came
		 */
		record Fetched(URI uri, String body, @Nullable String etag, @Nullable String lastModified,
				Instant receivedAt) implements Page {

		}

		/**
		 * 304: nothing new.
		 *
		 * @param uri the URI that was asked
		 */
		record Unchanged(URI uri) implements Page {

		}

		/**
		 * 404 or 410: the feed has no such page (any more).
		 *
		 * @param uri the URI that was asked
		 * @param status the HTTP status
		 */
		record Gone(URI uri, int status) implements Page {

		}

	}

	/**
	 * A feed entry as NAV answered.
	 */
	public sealed interface Entry {

		/**
		 * The entry's JSON.
		 *
		 * @param body {@code {uuid, status, sistEndret, ad_content}}
		 * @param receivedAt when it came
		 */
		record Fetched(String body, Instant receivedAt) implements Entry {

		}

		/**
		 * NAV has no entry for the ad (any more).
		 *
		 * @param uri the URI that was asked
		 * @param status 404 or 410
		 */
		record Gone(URI uri, int status) implements Entry {

		}

	}

}
