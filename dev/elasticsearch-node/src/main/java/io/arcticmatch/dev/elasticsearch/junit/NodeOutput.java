package io.arcticmatch.dev.elasticsearch.junit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.arcticmatch.dev.elasticsearch.ReadyLine;

/**
 * Copies a node JVM's output (standard output and error, merged) into its log file for as
 * long as it runs, which also keeps the pipe from filling up, and notices the
 * {@link ReadyLine}.
 */
final class NodeOutput {

	private NodeOutput() {
	}

	/**
	 * Starts copying.
	 * @param process the node's JVM
	 * @param log the file to copy into
	 * @return completes with the node's HTTP address on the ready line, or exceptionally
	 * if the output ends first
	 */
	static CompletableFuture<URI> copyToLogUntilReady(Process process, Path log) {
		CompletableFuture<URI> ready = new CompletableFuture<>();
		Thread.ofPlatform()
			.daemon()
			.name("elasticsearch-node-output-" + process.pid())
			.start(() -> copy(process, log, ready));
		return ready;
	}

	private static void copy(Process process, Path log, CompletableFuture<URI> ready) {
		try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8);
				BufferedWriter logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				logFile.write(line);
				logFile.newLine();
				logFile.flush();
				if (!ready.isDone()) {
					ReadyLine.parse(line).ifPresent(ready::complete);
				}
			}
		}
		catch (IOException ex) {
			ready.completeExceptionally(ex);
		}
		ready.completeExceptionally(new IllegalStateException("The node's JVM ended its output before it was ready"));
	}

}
