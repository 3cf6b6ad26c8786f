package io.arcticmatch.dev.elasticsearch.junit;

import org.jspecify.annotations.Nullable;

/**
 * The one Elasticsearch node of this JVM, shared by {@link ElasticsearchNodeExtension}
 * and {@link ElasticsearchNodeContextCustomizerFactory}.
 * <p>
 * A JVM-wide singleton is unavoidable here: Spring builds (and caches across test
 * classes) the application context through a {@code ContextCustomizer}, which never sees
 * JUnit's {@code ExtensionContext} and so cannot reach the extension's store, and which
 * side asks first depends on the test's lifecycle. So both ask this holder. The
 * extension's root-store entry stops the node when the JUnit run ends; should this JVM
 * die first, the node notices its standard input closing and stops itself.
 */
final class JvmWideElasticsearchNode {

	private static @Nullable ElasticsearchNodeProcess node;

	private JvmWideElasticsearchNode() {
	}

	/**
	 * The running node, started if there is none.
	 * @return the node
	 * @throws IllegalStateException if it cannot start, or has died
	 */
	static synchronized ElasticsearchNodeProcess obtain() {
		if (node == null) {
			node = ElasticsearchNodeProcess.start();
		}
		node.checkAlive();
		return node;
	}

	static synchronized void stop() {
		if (node != null) {
			node.close();
			node = null;
		}
	}

}
