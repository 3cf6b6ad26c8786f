package io.arcticmatch.ingest.source.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A local HTTP server that plays a feed: per path a script of replies, used in order, the
 * last one again and again; every request is recorded. Port 0, loopback only.
 */
// the JDK's own HTTP server (jdk.httpserver) is all a test needs; it is used only here
@SuppressForbidden
public final class FeedServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();

	private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

	private FeedServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * @return a started server
	 */
	public static FeedServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			ExecutorService executor = Executors
				.newCachedThreadPool(Thread.ofPlatform().name("feed-server-", 0).daemon(true).factory());
			FeedServer feed = new FeedServer(server, executor);
			server.createContext("/", feed::handle);
			server.setExecutor(executor);
			server.start();
			return feed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the server's root, ending in a slash
	 */
	public URI base() {
		return URI.create("http://127.0.0.1:%d/".formatted(this.server.getAddress().getPort()));
	}

	/**
	 * @return the server's root without the trailing slash, as absolute feed URLs start
	 */
	public String origin() {
		String base = base().toString();
		return base.substring(0, base.length() - 1);
	}

	/**
	 * Replaces the script of a path.
	 * @param path the request path, without query
	 * @param replies in order; the last repeats
	 * @return this server
	 */
	public FeedServer on(String path, Reply... replies) {
		this.scripts.put(path, new ArrayDeque<>(List.of(replies)));
		return this;
	}

	/**
	 * Forgets every script and request.
	 */
	public void reset() {
		this.scripts.clear();
		this.requests.clear();
	}

	/**
	 * @return every request so far, in order
	 */
	public List<Request> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	/**
	 * @param path a request path
	 * @return the requests to it, in order
	 */
	public List<Request> requests(String path) {
		return requests().stream().filter((request) -> request.path().equals(path)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
			URI uri = exchange.getRequestURI();
			Request request = new Request(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers);
			this.requests.add(request);
			send(exchange, next(request.path()).answer(request));
		}
		catch (IOException ex) {
			// the client gave up (a timeout test) or the reply breaks off on purpose
		}
	}

	private void send(HttpExchange exchange, Response response) throws IOException {
		if (!response.delay().isZero()) {
			try {
				Thread.sleep(response.delay());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		if (response.body() == null) {
			exchange.sendResponseHeaders(response.status(), -1);
			return;
		}
		byte[] bytes = response.body().replace("{{base}}", origin()).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", response.contentType() + "; charset=utf-8");
		exchange.sendResponseHeaders(response.status(), bytes.length);
		OutputStream out = exchange.getResponseBody();
		out.write(bytes, 0, (response.sent() < 0) ? bytes.length : response.sent());
		out.flush();
		// closing the exchange with bytes missing drops the connection
	}

	private Reply next(String path) {
		Deque<Reply> script = this.scripts.get(path);
		if (script == null) {
			return status(404);
		}
		synchronized (script) {
			return (script.size() > 1) ? script.removeFirst() : Objects.requireNonNull(script.peekFirst());
		}
	}

	/**
	 * @param status a status code
	 * @param headers response headers, name then value
	 * @return a reply with no body
	 */
	public static Reply status(int status, String... headers) {
		return (request) -> new Response(status, pairs(headers), null, "", Duration.ZERO, -1);
	}

	/**
	 * @param status a status code
	 * @param body the body
	 * @param headers response headers, name then value
	 * @return a reply with a JSON body; {@code {{base}}} in it becomes the server's
	 * origin
	 */
	public static Reply json(int status, String body, String... headers) {
		return body(status, "application/json", body, headers);
	}

	/**
	 * @param body the body
	 * @param headers response headers, name then value
	 * @return a 200 with a JSON body
	 */
	public static Reply json(String body, String... headers) {
		return json(200, body, headers);
	}

	/**
	 * @param status a status code
	 * @param contentType the body's type
	 * @param body the body; {@code {{base}}} in it becomes the server's origin
	 * @param headers response headers, name then value
	 * @return the reply
	 */
	public static Reply body(int status, String contentType, String body, String... headers) {
		return (request) -> new Response(status, pairs(headers), body, contentType, Duration.ZERO, -1);
	}

	/**
	 * @param delay how long to wait before answering
	 * @param then the answer
	 * @return a slow reply
	 */
	public static Reply slow(Duration delay, Reply then) {
		return (request) -> {
			Response response = then.answer(request);
			return new Response(response.status(), response.headers(), response.body(), response.contentType(), delay,
					response.sent());
		};
	}

	/**
	 * @param body the whole body the headers announce
	 * @param sent how many bytes are sent before the connection is closed
	 * @return a 200 whose connection breaks in the middle of the body
	 */
	public static Reply brokenOff(String body, int sent) {
		return (request) -> new Response(200, Map.of(), body, "application/json", Duration.ZERO, sent);
	}

	/**
	 * @param resource a test resource, e.g. {@code /feeds/nav/page-1.json}
	 * @return its text
	 */
	public static String resource(String resource) {
		try (InputStream in = FeedServer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> pairs(String... headers) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			map.put(headers[i], headers[i + 1]);
		}
		return map;
	}

	/**
	 * One scripted answer.
	 */
	@FunctionalInterface
	public interface Reply {

		/**
		 * @param request what was asked
		 * @return the answer
		 */
		Response answer(Request request);

	}

	/**
	 * What the server answers.
	 *
	 * @param status the status code
	 * @param headers response headers
	 * @param body the body, null for none
	 * @param contentType the body's type
	 * @param delay how long to wait before answering
	 * @param sent bytes of the body to send before dropping the connection; -1 for all
	 */
	public record Response(int status, Map<String, String> headers, @Nullable String body, String contentType,
			Duration delay, int sent) {

	}

	/**
	 * A recorded request.
	 *
	 * @param method the method
	 * @param path the path
	 * @param query the raw query, if any
	 * @param headers the headers, names in lower case
	 */
	public record Request(String method, String path, @Nullable String query, Map<String, String> headers) {

		/**
		 * @param name a header name
		 * @return its value, or null
		 */
		public @Nullable String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		/**
		 * @param name a query parameter
		 * @return its decoded value, or null
		 */
		public @Nullable String parameter(String name) {
			if (this.query == null) {
				return null;
			}
			for (String pair : this.query.split("&")) {
				int equals = pair.indexOf('=');
				String key = (equals < 0) ? pair : pair.substring(0, equals);
				if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
					return (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				}
			}
			return null;
		}

	}

}
