package io.arcticmatch.dev.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs one Elasticsearch node in this JVM until the JVM is told to stop, and then closes
 * it. Once the node answers HTTP it writes the {@link ReadyLine} to standard output. With
 * {@code --exit-when-stdin-closes} it also stops when its standard input ends, so a node
 * started by a test JVM never outlives it. Run it on a JDK 21 or newer.
 */
public final class ElasticsearchNodeLauncher {

	private ElasticsearchNodeLauncher() {
	}

	/**
	 * Starts the node.
	 * @param args see {@link LaunchOptions#USAGE}
	 * @throws Exception if the node cannot start
	 */
	public static void main(String[] args) throws Exception {
		long startedAt = System.nanoTime();
		LaunchOptions options = LaunchOptions.parse(args);
		NodeLogging.configure();
		Logger logger = LogManager.getLogger(ElasticsearchNodeLauncher.class);
		logger.info("starting an Elasticsearch node in {}", options.home());
		LocalNode node = LocalNode.start(options);
		Runtime.getRuntime()
			.addShutdownHook(Thread.ofPlatform().name("elasticsearch-node-shutdown").unstarted(node::close));
		if (options.exitWhenStdinCloses()) {
			exitWhenStdinCloses(logger);
		}
		URI httpUri = node.httpUri();
		logger.info("node answers at {} after {} ms", httpUri,
				Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
		announce(httpUri);
		node.awaitClose();
	}

	@SuppressForbidden(reason = "the ready line is this process's protocol with its parent, not a log message")
	private static void announce(URI httpUri) {
		System.out.println(ReadyLine.announcing(httpUri));
		System.out.flush();
	}

	private static void exitWhenStdinCloses(Logger logger) {
		Thread.ofPlatform().daemon().name("elasticsearch-node-stdin-watchdog").start(() -> {
			try (InputStream stdin = System.in) {
				// the parent never writes; reading only tells us when it is gone
				stdin.transferTo(OutputStream.nullOutputStream());
			}
			catch (IOException ex) {
				logger.warn("standard input failed; treating it as closed", ex);
			}
			logger.info("standard input closed: the process that started this node has let it go; stopping");
			System.exit(0);
		});
	}

}
