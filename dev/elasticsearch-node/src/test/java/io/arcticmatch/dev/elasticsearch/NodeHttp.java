package io.arcticmatch.dev.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import io.arcticmatch.dev.elasticsearch.junit.ElasticsearchNodeInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP against the node, as any client would talk to it.
 */
public final class NodeHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI base;

	public NodeHttp(ElasticsearchNodeInfo node) {
		this.base = node.httpUri();
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response head(String path) {
		return send(request(path).HEAD());
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	/**
	 * A {@code _bulk} request.
	 * @param path e.g. {@code /postings/_bulk?refresh=true}
	 * @param ndjson the action and source lines, one JSON object a line
	 * @return the response
	 */
	public Response bulk(String path, String ndjson) {
		String body = ndjson.endsWith("\n") ? ndjson : ndjson + "\n";
		return send(request(path).header("Content-Type", "application/x-ndjson").POST(BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path));
	}

	private Response send(HttpRequest.Builder request) {
		try {
			return new Response(this.client.send(request.build(), BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response, its body read as JSON.
	 *
	 * @param http the response
	 */
	public record Response(HttpResponse<String> http) {

		public int status() {
			return this.http.statusCode();
		}

		public JsonNode json() {
			return JSON.readTree(this.http.body());
		}

		public String header(String name) {
			return this.http.headers().firstValue(name).orElse("");
		}

		/**
		 * Fails unless the node said yes.
		 * @return this response
		 */
		public Response ok() {
			if (status() / 100 != 2) {
				throw new AssertionError(this.http.request().method() + " " + this.http.uri() + " answered " + status()
						+ ": " + this.http.body());
			}
			return this;
		}

	}

}
