package io.arcticmatch.dev.elasticsearch;

import java.net.URI;
import java.util.Optional;

/**
 * The line the launcher writes to its standard output once the node answers HTTP, and
 * that whoever started it waits for. Free of Elasticsearch types: the JVM that reads it
 * has none.
 */
public final class ReadyLine {

	private static final String PREFIX = "elasticsearch-node ready at ";

	private ReadyLine() {
	}

	/**
	 * The line announcing a node.
	 * @param httpUri where the node answers HTTP
	 * @return the line, without a line break
	 */
	public static String announcing(URI httpUri) {
		return PREFIX + httpUri;
	}

	/**
	 * Reads a line of the launcher's output.
	 * @param line one line
	 * @return the node's HTTP address if this is the ready line
	 */
	public static Optional<URI> parse(String line) {
		return line.startsWith(PREFIX) ? Optional.of(URI.create(line.substring(PREFIX.length()).strip()))
				: Optional.empty();
	}

}
