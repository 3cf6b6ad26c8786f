package io.arcticmatch.dev.elasticsearch.junit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * An Elasticsearch node in a child JVM: the running JVM's {@code java}, this module's
 * code and the node's classpath (written into the jar at build time as
 * {@value #NODE_CLASSPATH}), an HTTP port the node picks itself, and a temporary home
 * deleted when the node stops. The child stops when its standard input closes, which
 * {@link #close()} does and the operating system does should this JVM die.
 */
final class ElasticsearchNodeProcess implements AutoCloseable {

	/**
	 * Named, not referenced: loading it here would need Elasticsearch on this classpath.
	 */
	static final String LAUNCHER = "io.arcticmatch.dev.elasticsearch.ElasticsearchNodeLauncher";

	static final String NODE_CLASSPATH = "/io/arcticmatch/dev/elasticsearch/node.classpath";

	private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final int LOG_TAIL_LINES = 60;

	private final Process process;

	private final Path workDirectory;

	private final Path log;

	private final URI httpUri;

	private final Duration startTime;

	private ElasticsearchNodeProcess(Process process, Path workDirectory, Path log, URI httpUri, Duration startTime) {
		this.process = process;
		this.workDirectory = workDirectory;
		this.log = log;
		this.httpUri = httpUri;
		this.startTime = startTime;
	}

	/**
	 * Starts a node and waits until it answers HTTP.
	 * @return the running node
	 * @throws IllegalStateException if it does not answer within {@link #START_TIMEOUT};
	 * the message ends with its log's tail
	 */
	static ElasticsearchNodeProcess start() {
		long startedAt = System.nanoTime();
		Path workDirectory = createWorkDirectory();
		Path log = workDirectory.resolve("node.log");
		Process process = launch(workDirectory.resolve("home"));
		CompletableFuture<URI> ready = NodeOutput.copyToLogUntilReady(process, log);
		try {
			URI httpUri = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return new ElasticsearchNodeProcess(process, workDirectory, log, httpUri,
					Duration.ofNanos(System.nanoTime() - startedAt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw startFailure(process, log, "was interrupted while waiting for the node", ex);
		}
		catch (ExecutionException ex) {
			throw startFailure(process, log, "saw the node's JVM end its output", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw startFailure(process, log, "waited " + START_TIMEOUT.toSeconds() + " s for the node", ex);
		}
	}

	private static Path createWorkDirectory() {
		try {
			return Files.createTempDirectory("arctic-match-elasticsearch-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Process launch(Path home) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-cp", classpath(), LAUNCHER));
		command.addAll(List.of("--home", home.toString(), "--http-port", "0", "--cluster-name", "arctic-match-test",
				"--exit-when-stdin-closes"));
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * This module's own code (a jar, or a classes directory inside a reactor build)
	 * followed by the Elasticsearch jars it was built with.
	 */
	private static String classpath() {
		try (InputStream nodeClasspath = ElasticsearchNodeProcess.class.getResourceAsStream(NODE_CLASSPATH)) {
			if (nodeClasspath == null) {
				throw new IllegalStateException(NODE_CLASSPATH + " is missing: the elasticsearch-node build "
						+ "(maven-dependency-plugin build-classpath) writes it; rebuild that module");
			}
			URI ownCode = ElasticsearchNodeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI();
			return Path.of(ownCode) + File.pathSeparator
					+ new String(nodeClasspath.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static IllegalStateException startFailure(Process process, Path log, String what, Throwable cause) {
		process.destroyForcibly();
		awaitExit(process);
		return new IllegalStateException("The Elasticsearch node did not start: this JVM " + what + ". Its log is "
				+ log + "; it ends:\n" + tail(log), cause);
	}

	private static String tail(Path log) {
		try {
			List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	URI httpUri() {
		return this.httpUri;
	}

	/**
	 * Fails if the node's JVM has ended while it should be running.
	 * @throws IllegalStateException if it has, with its log's tail
	 */
	void checkAlive() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("The Elasticsearch node's JVM ended with exit code "
					+ this.process.exitValue() + ". Its log is " + this.log + "; it ends:\n" + tail(this.log));
		}
	}

	/**
	 * Stops the node: closes its standard input, waits for it to exit (forces it after
	 * {@link #STOP_TIMEOUT}) and deletes its home and log.
	 */
	@Override
	public void close() {
		try {
			this.process.getOutputStream().close();
		}
		catch (IOException ex) {
			// the pipe is already gone, and so, very likely, is the node
		}
		if (!awaitExit(this.process)) {
			this.process.destroyForcibly();
			awaitExit(this.process);
		}
		deleteRecursively(this.workDirectory);
	}

	private static boolean awaitExit(Process process) {
		try {
			return process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a leftover temporary directory is not worth failing a test run for
		}
	}

	@Override
	public String toString() {
		return this.httpUri + " (pid " + this.process.pid() + ", ready after " + this.startTime.toMillis() + " ms)";
	}

}
