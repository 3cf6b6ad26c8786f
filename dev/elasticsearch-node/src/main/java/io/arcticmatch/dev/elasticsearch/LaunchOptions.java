package io.arcticmatch.dev.elasticsearch;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The launcher's command line.
 *
 * @param home the node's home: its data, logs and config live below it
 * @param httpPort the HTTP port, {@code 0} for any free one
 * @param clusterName the cluster's name
 * @param exitWhenStdinCloses whether the node stops when its standard input reaches its
 * end, that is when the process that started it ends or lets it go
 */
record LaunchOptions(Path home, int httpPort, String clusterName, boolean exitWhenStdinCloses) {

	static final String USAGE = "usage: ElasticsearchNodeLauncher --home <dir> [--http-port <port, 0 for any free>]"
			+ " [--cluster-name <name>] [--exit-when-stdin-closes]";

	static LaunchOptions parse(String... args) {
		Path home = null;
		int httpPort = 9200;
		String clusterName = "arctic-match";
		boolean exitWhenStdinCloses = false;
		Iterator<String> arguments = List.of(args).iterator();
		while (arguments.hasNext()) {
			String option = arguments.next();
			switch (option) {
				case "--home" -> home = Path.of(valueOf(option, arguments));
				case "--http-port" -> httpPort = Integer.parseInt(valueOf(option, arguments));
				case "--cluster-name" -> clusterName = valueOf(option, arguments);
				case "--exit-when-stdin-closes" -> exitWhenStdinCloses = true;
				default -> throw new IllegalArgumentException("Unknown option '" + option + "'. " + USAGE);
			}
		}
		if (home == null) {
			throw new IllegalArgumentException("--home is required. " + USAGE);
		}
		return new LaunchOptions(home.toAbsolutePath(), httpPort, clusterName, exitWhenStdinCloses);
	}

	private static String valueOf(String option, Iterator<String> arguments) {
		if (!arguments.hasNext()) {
			throw new IllegalArgumentException(option + " needs a value. " + USAGE);
		}
		return arguments.next();
	}

}
