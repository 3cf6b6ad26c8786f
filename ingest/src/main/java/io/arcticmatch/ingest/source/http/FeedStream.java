package io.arcticmatch.ingest.source.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;

/**
 * A 2xx answer whose body is read as it arrives (a large JSON list). Close it when done.
 *
 * @param uri the URI that was asked
 * @param body the body; reading it may throw when the connection breaks
 * @param receivedAt when the answer's headers came
 */
public record FeedStream(URI uri, InputStream body, Instant receivedAt) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		this.body.close();
	}

}
