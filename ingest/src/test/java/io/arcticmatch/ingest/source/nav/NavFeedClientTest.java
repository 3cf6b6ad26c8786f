package io.arcticmatch.ingest.source.nav;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.arcticmatch.ingest.source.http.FeedFailure;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedServer;
import io.arcticmatch.ingest.source.http.RecordingSleeper;
import io.arcticmatch.ingest.source.http.RetryPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.ingest.source.http.FeedServer.body;
import static io.arcticmatch.ingest.source.http.FeedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NavFeedClientTest {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	private final FeedServer server = FeedServer.start();

	private final FeedHttp http = new FeedHttp(FeedHttp.client(Duration.ofSeconds(2)),
			new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)),
			Duration.ofSeconds(2), new RecordingSleeper(), Clock.fixed(NOW, ZoneOffset.UTC), "test");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void thePublicTokenIsTheLastLineThatIsNotBlank() {
		assertThat(NavFeedClient.lastNonBlankLine("Current public token for Nav Job Vacancy Feed:\neyJ.token.sig\n\n"))
			.isEqualTo("eyJ.token.sig");
		assertThat(NavFeedClient.lastNonBlankLine("eyJ.only\r\n")).isEqualTo("eyJ.only");
		assertThat(NavFeedClient.lastNonBlankLine(" \n")).isNull();
	}

	@Test
	void aRefusedPublicTokenIsFetchedAgainAndTheCallMadeOnceMore() {
		this.server.on("/api/publicToken", token("rotated-away"), token("current"));
		this.server.on("/api/v1/feed",
				(request) -> ("Bearer current".equals(request.header("Authorization"))
						? json(FeedServer.resource("/feeds/nav/page-3.json"))
						: json(401, "{\"title\":\"Unauthorized\",\"status\":401}"))
					.answer(request));
		NavFeedClient client = client(null);

		NavFeedClient.Page page = client.firstPage(NOW.minus(Duration.ofDays(183)));

		assertThat(page).isInstanceOf(NavFeedClient.Page.Fetched.class);
		assertThat(this.server.requests("/api/publicToken")).hasSize(2);
		assertThat(this.server.requests("/api/v1/feed")).extracting((request) -> request.header("Authorization"))
			.containsExactly("Bearer rotated-away", "Bearer current");
	}

	@Test
	void aPublicTokenRefusedAgainAfterRenewalFailsAsUnauthorized() {
		this.server.on("/api/publicToken", token("one"), token("two"));
		this.server.on("/api/v1/feed", json(401, "{\"title\":\"Unauthorized\"}"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> client(null).firstPage(NOW.minus(Duration.ofDays(183))));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.UNAUTHORIZED);
		assertThat(failure.getMessage()).contains("freshly fetched public token");
		assertThat(this.server.requests("/api/v1/feed")).hasSize(2);
	}

	@Test
	void aRefusedPrivateTokenIsNotReplacedByThePublicOne() {
		this.server.on("/api/v1/feed/abc", json(401, "{\"title\":\"Unauthorized\"}"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> client("private-token").page("/api/v1/feed/abc", null, null));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.UNAUTHORIZED);
		assertThat(failure.getMessage()).contains("arctic.ingest.nav.token").doesNotContain("private-token");
		assertThat(this.server.requests("/api/publicToken")).isEmpty();
		assertThat(this.server.requests("/api/v1/feed/abc").get(0).header("Authorization"))
			.isEqualTo("Bearer private-token");
	}

	@Test
	void aFirstSyncAsksForTheLinesChangedSinceTheLookbackWithThePageSize() {
		this.server.on("/api/publicToken", token("t"));
		this.server.on("/api/v1/feed", json(FeedServer.resource("/feeds/nav/page-1.json")));

		client(null).firstPage(Instant.parse("2026-05-25T12:00:00Z"));

		FeedServer.Request request = this.server.requests("/api/v1/feed").get(0);
		assertThat(request.header("If-Modified-Since")).isEqualTo("Mon, 25 May 2026 12:00:00 GMT");
		assertThat(request.parameter("pageSize")).isEqualTo("250");
		assertThat(request.header("Accept")).isEqualTo("application/json");
	}

	@Test
	void anEntryNavNoLongerHasIsGone() {
		this.server.on("/api/publicToken", token("t"));

		NavFeedClient.Entry entry = client(null).entry("/api/v1/feedentry/c6d9fe0d-3a06-4314-b772-730d50481a45");

		assertThat(entry).isInstanceOfSatisfying(NavFeedClient.Entry.Gone.class,
				(gone) -> assertThat(gone.status()).isEqualTo(404));
	}

	@Test
	void relativeAndAbsoluteFeedUrlsResolveAgainstTheBaseAndAreKeptHostRelative() {
		NavFeedClient client = client(null);
		String absolute = this.server.origin() + "/api/v1/feed/8f1e2d3c";

		assertThat(client.resolve("/api/v1/feed/4b2f6a0e"))
			.isEqualTo(this.server.base().resolve("/api/v1/feed/4b2f6a0e"));
		assertThat(client.resolve(absolute)).isEqualTo(URI.create(absolute));
		assertThat(client.keepable(absolute)).isEqualTo("/api/v1/feed/8f1e2d3c");
		assertThat(client.keepable("/api/v1/feed/4b2f6a0e")).isEqualTo("/api/v1/feed/4b2f6a0e");
		assertThat(client.keepable("https://elsewhere.example/api/v1/feed/1"))
			.isEqualTo("https://elsewhere.example/api/v1/feed/1");
	}

	private NavFeedClient client(@Nullable String token) {
		return new NavFeedClient(this.http,
				new NavFeedSettings(true, this.server.base(), Duration.ofMinutes(2), 250, token, Duration.ofDays(183)));
	}

	private static FeedServer.Reply token(String token) {
		return body(200, "text/plain", "Current public token for Nav Job Vacancy Feed:\n" + token + "\n");
	}

}
