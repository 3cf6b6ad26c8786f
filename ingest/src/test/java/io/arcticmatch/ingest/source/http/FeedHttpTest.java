package io.arcticmatch.ingest.source.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.arcticmatch.ingest.source.http.FeedServer.brokenOff;
import static io.arcticmatch.ingest.source.http.FeedServer.json;
import static io.arcticmatch.ingest.source.http.FeedServer.slow;
import static io.arcticmatch.ingest.source.http.FeedServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FeedHttpTest {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private static final RetryPolicy RETRY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300),
			Duration.ofMinutes(2));

	private final FeedServer server = FeedServer.start();

	private final RecordingSleeper sleeper = new RecordingSleeper();

	private final FeedHttp http = new FeedHttp(FeedHttp.client(Duration.ofSeconds(2)), RETRY, TIMEOUT, this.sleeper,
			Clock.fixed(NOW, ZoneOffset.UTC), "arctic-match-test");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void serverErrorsAreRetriedWithExponentialBackoffUntilThePageComes() {
		this.server.on("/feed", status(500), status(502), json("[]"));

		FeedResponse response = this.http.get(FeedRequest.get(uri("feed")));

		assertThat(response).isInstanceOfSatisfying(FeedResponse.Fetched.class,
				(fetched) -> assertThat(fetched.body()).isEqualTo("[]"));
		assertThat(this.server.requests("/feed")).hasSize(3);
		assertThat(this.sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
	}

	@Test
	void serverErrorsBeyondTheRetriesFailAsServerErrorWithCappedBackoff() {
		this.server.on("/feed", json(503, "{\"error\":\"maintenance\"}"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> this.http.get(FeedRequest.get(uri("feed"))));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.SERVER_ERROR);
		assertThat(failure.getMessage()).contains("after 4 tries", "503", "maintenance");
		assertThat(this.server.requests("/feed")).hasSize(4);
		assertThat(this.sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
				Duration.ofMillis(300));
	}

	@Test
	void rateLimitedFeedWaitsForRetryAfterInSeconds() {
		this.server.on("/stream", status(429, "Retry-After", "60"), json("[]"));

		FeedResponse response = this.http.get(FeedRequest.get(uri("stream")));

		assertThat(response).isInstanceOf(FeedResponse.Fetched.class);
		assertThat(this.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
	}

	@Test
	void rateLimitedFeedWaitsUntilARetryAfterDate() {
		String in90Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
		this.server.on("/stream", status(429, "Retry-After", in90Seconds), json("[]"));

		this.http.get(FeedRequest.get(uri("stream")));

		assertThat(this.sleeper.waits()).containsExactly(Duration.ofSeconds(90));
	}

	@Test
	void rateLimitedFeedWithoutRetryAfterBacksOff() {
		this.server.on("/stream", status(429), json("[]"));

		this.http.get(FeedRequest.get(uri("stream")));

		assertThat(this.sleeper.waits()).containsExactly(Duration.ofMillis(100));
	}

	@Test
	void aRetryAfterLongerThanARunWaitsFailsAsRateLimitedAtOnce() {
		this.server.on("/stream", status(429, "Retry-After", "3600"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> this.http.get(FeedRequest.get(uri("stream"))));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.RATE_LIMITED);
		assertThat(failure.getMessage()).contains("PT1H");
		assertThat(this.server.requests()).hasSize(1);
		assertThat(this.sleeper.waits()).isEmpty();
	}

	@Test
	void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
		assertThat(FeedHttp.retryAfter("120", NOW)).contains(Duration.ofMinutes(2));
		assertThat(FeedHttp.retryAfter(" 0 ", NOW)).contains(Duration.ZERO);
		assertThat(FeedHttp.retryAfter("Tue, 24 Nov 2026 12:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
		assertThat(FeedHttp.retryAfter("Tue, 24 Nov 2026 11:00:00 GMT", NOW)).as("a date in the past")
			.contains(Duration.ZERO);
		assertThat(FeedHttp.retryAfter("soon", NOW)).isEmpty();
		assertThat(FeedHttp.retryAfter("-5", NOW)).isEmpty();
	}

	@Test
	void anUnchangedPageIsNotModifiedWhenAskedWithItsETagAndLastModified() {
		this.server.on("/page",
				(request) -> ("\"etag-1\"".equals(request.header("If-None-Match")) ? status(304)
						: json("{}", "ETag", "\"etag-1\"", "Last-Modified", "Tue, 24 Nov 2026 11:00:00 GMT"))
					.answer(request));

		FeedResponse first = this.http.get(FeedRequest.get(uri("page")));
		FeedResponse.Fetched fetched = (FeedResponse.Fetched) first;
		FeedResponse again = this.http
			.get(FeedRequest.get(uri("page")).ifNoneMatch(fetched.etag()).ifModifiedSince(fetched.lastModified()));

		assertThat(fetched.etag()).isEqualTo("\"etag-1\"");
		assertThat(fetched.lastModified()).isEqualTo("Tue, 24 Nov 2026 11:00:00 GMT");
		assertThat(again).isInstanceOf(FeedResponse.NotModified.class);
		assertThat(this.server.requests().get(1).header("If-Modified-Since")).isEqualTo(fetched.lastModified());
		assertThat(this.sleeper.waits()).isEmpty();
	}

	@Test
	void unauthorizedIsNotRetried() {
		this.server.on("/feed", json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> this.http.get(FeedRequest.get(uri("feed")).header("Authorization", "Bearer secret-token")));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.UNAUTHORIZED);
		assertThat(failure.getMessage()).contains("401").doesNotContain("secret-token");
		assertThat(this.server.requests()).hasSize(1);
		assertThat(this.server.requests().get(0).header("Authorization")).isEqualTo("Bearer secret-token");
	}

	@Test
	void aSlowAnswerTimesOutAndIsAskedAgain() {
		this.server.on("/feed", slow(Duration.ofSeconds(3), json("[\"late\"]")), json("[\"in time\"]"));

		FeedResponse response = this.http.get(FeedRequest.get(uri("feed")));

		assertThat(((FeedResponse.Fetched) response).body()).isEqualTo("[\"in time\"]");
		assertThat(this.server.requests("/feed")).hasSize(2);
		assertThat(this.sleeper.waits()).containsExactly(Duration.ofMillis(100));
	}

	@Test
	void aConnectionThatBreaksOffIsRetried() {
		this.server.on("/feed", brokenOff("[1, 2, 3, 4, 5, 6, 7, 8, 9]", 5), json("[1]"));

		FeedResponse response = this.http.get(FeedRequest.get(uri("feed")));

		assertThat(((FeedResponse.Fetched) response).body()).isEqualTo("[1]");
		assertThat(this.server.requests("/feed")).hasSize(2);
	}

	@Test
	void anUnreachableSourceFailsAsUnreachableAfterTheRetries() {
		URI closed = this.server.base().resolve("feed");
		this.server.close();

		FeedFailure failure = catchThrowableOfType(FeedFailure.class, () -> this.http.get(FeedRequest.get(closed)));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.UNREACHABLE);
		assertThat(failure.getMessage()).contains("after 4 tries", closed.toString());
		assertThat(this.sleeper.waits()).hasSize(3);
	}

	@Test
	void aMissingPageIsNotFoundWithoutRetry() {
		FeedResponse response = this.http.get(FeedRequest.get(uri("nothing-here")));

		assertThat(response).isEqualTo(new FeedResponse.NotFound(uri("nothing-here"), 404));
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void aRefusedRequestIsNotRetriedAndSaysWhy() {
		this.server.on("/feed", json(400, "{\"message\":\"pageSize must be at most 10000\"}"));

		FeedFailure failure = catchThrowableOfType(FeedFailure.class,
				() -> this.http.get(FeedRequest.get(uri("feed"))));

		assertThat(failure.kind()).isEqualTo(FeedFailure.Kind.REQUEST_REFUSED);
		assertThat(failure.getMessage()).contains("400", "pageSize must be at most 10000");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void aStreamedAnswerIsReadAsItArrives() throws Exception {
		this.server.on("/snapshot", status(500), json("[{\"id\":\"1\"}]"));

		try (FeedStream stream = this.http.stream(FeedRequest.get(uri("snapshot")))) {
			assertThat(new String(stream.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("[{\"id\":\"1\"}]");
		}
		assertThat(this.server.requests()).hasSize(2);
	}

	@Test
	void everyKindOfFailureSaysWhatToDo() {
		assertThat(Arrays.stream(FeedFailure.Kind.values()).map(FeedFailure.Kind::advice))
			.allSatisfy((advice) -> assertThat(advice).isNotBlank());
		assertThat(new FeedFailure(FeedFailure.Kind.UNAUTHORIZED, "NAV refused the token").describe())
			.startsWith("NAV refused the token. ")
			.contains("token");
	}

	private URI uri(String path) {
		return this.server.base().resolve(path);
	}

}
