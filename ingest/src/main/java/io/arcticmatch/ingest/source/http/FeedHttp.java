package io.arcticmatch.ingest.source.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs feed pages: with a timeout per request, retries with exponential backoff on 5xx,
 * timeouts and broken connections, waits as long as a 429 (or 503) {@code Retry-After}
 * asks (in seconds or as an HTTP date, up to {@link RetryPolicy#maxRetryAfter()}), and
 * conditional requests that come back as {@link FeedResponse.NotModified}. A 401 or 403
 * is not retried: the caller may renew its token and ask once more. Whatever cannot be
 * read after the last try is a {@link FeedFailure}. Thread-safe; closing it aborts what
 * is under way.
 */
public final class FeedHttp implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FeedHttp.class);

	private static final int EXCERPT = 300;

	private final HttpClient client;

	private final RetryPolicy retry;

	private final Duration requestTimeout;

	private final Sleeper sleeper;

	private final Clock clock;

	private final String userAgent;

	/**
	 * @param client the HTTP client (its connect timeout applies)
	 * @param retry how often and how patiently to try
	 * @param requestTimeout the longest wait for one answer (the whole body, or the
	 * headers of a {@linkplain #stream streamed} one)
	 * @param sleeper waits between tries
	 * @param clock for {@code Retry-After} dates and receive times
	 * @param userAgent sent as {@code User-Agent}, so a source's operators know who asks
	 */
	public FeedHttp(HttpClient client, RetryPolicy retry, Duration requestTimeout, Sleeper sleeper, Clock clock,
			String userAgent) {
		this.client = client;
		this.retry = retry;
		this.requestTimeout = requestTimeout;
		this.sleeper = sleeper;
		this.clock = clock;
		this.userAgent = userAgent;
	}

	/**
	 * @param connectTimeout the longest wait for a connection
	 * @return an HTTP client for {@link FeedHttp}: follows redirects except from HTTPS to
	 * HTTP
	 */
	public static HttpClient client(Duration connectTimeout) {
		return HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/**
	 * GETs a page and reads its body as text.
	 * @param request what to get
	 * @return the page, or that it has not changed or is not there
	 * @throws FeedFailure when it could not be read after every try
	 */
	public FeedResponse get(FeedRequest request) {
		Answer<String> answer = exchange(request, BodyHandlers.ofString());
		return switch (answer) {
			case Answer.Ok<String> ok ->
				new FeedResponse.Fetched(request.uri(), ok.status(), ok.body(), ok.headers(), ok.receivedAt());
			case Answer.NotModified<String> notModified -> new FeedResponse.NotModified(request.uri());
			case Answer.NotFound<String> notFound -> new FeedResponse.NotFound(request.uri(), notFound.status());
		};
	}

	/**
	 * GETs a large answer whose body is read as it arrives. Retries apply until the
	 * headers come; a connection that breaks while the body is read fails the reader.
	 * @param request what to get
	 * @return the open answer; close it
	 * @throws FeedFailure when no 2xx answer came after every try, including a 304 or 404
	 */
	public FeedStream stream(FeedRequest request) {
		Answer<InputStream> answer = exchange(request, BodyHandlers.ofInputStream());
		return switch (answer) {
			case Answer.Ok<InputStream> ok -> new FeedStream(request.uri(), ok.body(), ok.receivedAt());
			case Answer.NotModified<InputStream> notModified -> throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
					"%s answered 304 Not Modified to a request that was not conditional".formatted(request));
			case Answer.NotFound<InputStream> notFound -> throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED,
					"%s answered %d: there is nothing at that address".formatted(request, notFound.status()));
		};
	}

	/**
	 * Aborts every request under way and frees the client's threads.
	 */
	@Override
	public void close() {
		this.client.shutdownNow();
	}

	private <T> Answer<T> exchange(FeedRequest request, BodyHandler<T> bodyHandler) {
		HttpRequest http = build(request);
		for (int attempt = 1;; attempt++) {
			Retry retry;
			try {
				HttpResponse<Body<T>> response = send(http, handler(bodyHandler));
				int status = response.statusCode();
				Instant receivedAt = this.clock.instant();
				switch (response.body()) {
					case Body.Ok<T> ok:
						return new Answer.Ok<>(status, ok.value(), response.headers(), receivedAt);
					case Body.Empty<T> empty:
						return (status == 304) ? new Answer.NotModified<>() : new Answer.NotFound<>(status);
					case Body.Error<T> error:
						retry = retryOrFail(request, status, response.headers(), error.text(), attempt);
						break;
				}
			}
			catch (HttpTimeoutException ex) {
				retry = new Retry(FeedFailure.Kind.UNREACHABLE,
						"no answer within %s (%s)".formatted(this.requestTimeout, ex.getMessage()),
						this.retry.backoff(attempt), ex);
			}
			catch (IOException ex) {
				retry = new Retry(FeedFailure.Kind.UNREACHABLE, "the connection failed: %s".formatted(describe(ex)),
						this.retry.backoff(attempt), ex);
			}
			catch (InterruptedException ex) {
				throw interrupted(request, ex);
			}
			if (attempt >= this.retry.maxAttempts()) {
				throw new FeedFailure(retry.kind(),
						"%s failed %s: %s".formatted(request, tries(attempt), retry.problem()), retry.cause());
			}
			log.debug("{} failed (try {} of {}): {}; trying again in {}", request, attempt, this.retry.maxAttempts(),
					retry.problem(), retry.delay());
			try {
				this.sleeper.sleep(retry.delay());
			}
			catch (InterruptedException ex) {
				throw interrupted(request, ex);
			}
		}
	}

	private Retry retryOrFail(FeedRequest request, int status, HttpHeaders headers, String body, int attempt) {
		String problem = "%d %s".formatted(status, excerpt(body));
		if (status == 401 || status == 403) {
			throw new FeedFailure(FeedFailure.Kind.UNAUTHORIZED,
					"%s was refused with %s; the credentials were not accepted".formatted(request, problem));
		}
		Duration asked = headers.firstValue("Retry-After")
			.flatMap((value) -> retryAfter(value, this.clock.instant()))
			.orElse(null);
		if (status == 429) {
			if (asked != null && asked.compareTo(this.retry.maxRetryAfter()) > 0) {
				throw new FeedFailure(FeedFailure.Kind.RATE_LIMITED,
						"%s answered 429 Too Many Requests and asks to wait %s, longer than the %s one run waits"
							.formatted(request, asked, this.retry.maxRetryAfter()));
			}
			return new Retry(FeedFailure.Kind.RATE_LIMITED, problem,
					(asked != null) ? asked : this.retry.backoff(attempt), null);
		}
		if (status >= 500) {
			boolean honour = asked != null && asked.compareTo(this.retry.maxRetryAfter()) <= 0;
			return new Retry(FeedFailure.Kind.SERVER_ERROR, problem, honour ? asked : this.retry.backoff(attempt),
					null);
		}
		throw new FeedFailure(FeedFailure.Kind.REQUEST_REFUSED, "%s was refused with %s".formatted(request, problem));
	}

	/**
	 * Reads a {@code Retry-After} value.
	 * @param value delay-seconds or an HTTP date (RFC 1123)
	 * @param now the time to count from
	 * @return how long to wait (zero for a date in the past), empty when the value is
	 * neither
	 */
	public static Optional<Duration> retryAfter(String value, Instant now) {
		String text = value.strip();
		if (!text.isEmpty() && text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, at);
			return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private HttpRequest build(FeedRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
			.GET()
			.timeout(this.requestTimeout)
			.header("User-Agent", this.userAgent);
		request.headers().forEach(builder::header);
		if (request.ifNoneMatch() != null) {
			builder.header("If-None-Match", request.ifNoneMatch());
		}
		if (request.ifModifiedSince() != null) {
			builder.header("If-Modified-Since", request.ifModifiedSince());
		}
		return builder.build();
	}

	private <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler)
			throws IOException, InterruptedException {
		CompletableFuture<HttpResponse<T>> answer = this.client.sendAsync(request, handler);
		try {
			return answer.get(this.requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw new HttpTimeoutException("request timed out");
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(cause);
		}
	}

	private static <T> BodyHandler<Body<T>> handler(BodyHandler<T> ok) {
		return (info) -> {
			int status = info.statusCode();
			if (status >= 200 && status < 300) {
				return BodySubscribers.mapping(ok.apply(info), Body.Ok::new);
			}
			if (status == 304 || status == 404 || status == 410) {
				return BodySubscribers.replacing(new Body.Empty<>());
			}
			return BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), Body.Error::new);
		};
	}

	private static FeedFailure interrupted(FeedRequest request, InterruptedException ex) {
		Thread.currentThread().interrupt();
		return new FeedFailure(FeedFailure.Kind.UNREACHABLE,
				"%s was interrupted: the application is stopping".formatted(request), ex);
	}

	private static String describe(IOException ex) {
		String message = ex.getMessage();
		return (message == null || message.isBlank()) ? ex.getClass().getSimpleName()
				: ex.getClass().getSimpleName() + " " + message;
	}

	private static String excerpt(String body) {
		String text = body.replaceAll("\\s+", " ").strip();
		if (text.isEmpty()) {
			return "(empty body)";
		}
		return "'" + ((text.length() > EXCERPT) ? text.substring(0, EXCERPT) + "…" : text) + "'";
	}

	private static String tries(int attempts) {
		return (attempts == 1) ? "at the only try" : "after %d tries".formatted(attempts);
	}

	private record Retry(FeedFailure.Kind kind, String problem, Duration delay, @Nullable Throwable cause) {

	}

	private sealed interface Body<T> {

		record Ok<T>(T value) implements Body<T> {

		}

		record Empty<T>() implements Body<T> {

		}

		record Error<T>(String text) implements Body<T> {

		}

	}

	private sealed interface Answer<T> {

		record Ok<T>(int status, T body, HttpHeaders headers, Instant receivedAt) implements Answer<T> {

		}

		record NotModified<T>() implements Answer<T> {

		}

		record NotFound<T>(int status) implements Answer<T> {

		}

	}

}
