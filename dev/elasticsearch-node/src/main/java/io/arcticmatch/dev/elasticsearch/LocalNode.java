package io.arcticmatch.dev.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.arcticmatch.dev.elasticsearch.compat.StandInModulesPlugin;
import org.apache.logging.log4j.LogManager;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A single Elasticsearch node on 127.0.0.1: the server from Maven Central, HTTP through
 * the Netty plugin, and stand-ins for the bundled modules Maven Central lacks.
 */
final class LocalNode implements AutoCloseable {

	private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class,
			StandInModulesPlugin.class);

	private static final TimeValue RECOVERY_TIMEOUT = TimeValue.timeValueSeconds(30);

	private final Node node;

	private final CountDownLatch closed = new CountDownLatch(1);

	private LocalNode(Node node) {
		this.node = node;
	}

	static LocalNode start(LaunchOptions options) throws IOException, NodeValidationException {
		useNettyLikeElasticsearch();
		Files.createDirectories(options.home().resolve("config"));
		Settings settings = Settings.builder()
			.put("cluster.name", options.clusterName())
			.put("node.name", options.clusterName() + "-node")
			.put("path.home", options.home().toString())
			.put("path.data", options.home().resolve("data").toString())
			.put("path.logs", options.home().resolve("logs").toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", options.httpPort())
			.put("transport.port", 0)
			// a developer's disk may be fuller than production's watermarks allow; this
			// node should still write
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
				options::clusterName);
		Node node = new ClasspathPluginsNode(environment, PLUGINS);
		node.start();
		awaitExistingIndices(node);
		return new LocalNode(node);
	}

	/**
	 * Waits until the indices a persistent node already holds are back (yellow), so that
	 * "ready" means ready to search them. A new node has none and passes at once.
	 */
	private static void awaitExistingIndices(Node node) {
		ClusterHealthResponse health = node.client()
			.admin()
			.cluster()
			.prepareHealth(RECOVERY_TIMEOUT)
			.setWaitForYellowStatus()
			.setTimeout(RECOVERY_TIMEOUT)
			.get();
		if (health.isTimedOut()) {
			LogManager.getLogger(LocalNode.class)
				.warn("existing indices are still {} after {}; answering anyway", health.getStatus(), RECOVERY_TIMEOUT);
		}
	}

	/**
	 * The Netty settings of Elasticsearch's own system JVM options (its launcher is not
	 * on Maven Central): no {@code sun.misc.Unsafe}, which newer JDKs warn about, and no
	 * recycler.
	 */
	private static void useNettyLikeElasticsearch() {
		System.setProperty("io.netty.noUnsafe", "true");
		System.setProperty("io.netty.noKeySetOptimization", "true");
		System.setProperty("io.netty.recycler.maxCapacityPerThread", "0");
	}

	URI httpUri() {
		InetSocketAddress address = this.node.injector()
			.getInstance(HttpServerTransport.class)
			.boundAddress()
			.publishAddress()
			.address();
		return URI.create("http://" + address.getHostString() + ":" + address.getPort());
	}

	void awaitClose() throws InterruptedException {
		this.closed.await();
	}

	@Override
	public void close() {
		try {
			this.node.close();
			this.node.awaitClose(30, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.closed.countDown();
		}
	}

}
