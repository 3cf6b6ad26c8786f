package io.arcticmatch.dev.elasticsearch.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Makes sure this JVM's Elasticsearch node runs before a test class starts, and resolves
 * {@link ElasticsearchNodeInfo} parameters. The node lives in a child JVM and stops when
 * the JUnit run in this JVM ends. Use it through {@link WithElasticsearchNode}.
 */
public class ElasticsearchNodeExtension implements BeforeAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(ElasticsearchNodeExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		node(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == ElasticsearchNodeInfo.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return node(extensionContext);
	}

	private static ElasticsearchNodeInfo node(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(StoppedAtEndOfRun.class, (key) -> StoppedAtEndOfRun.start(context),
					StoppedAtEndOfRun.class)
			.info();
	}

	/**
	 * The root store closes what it holds when the JUnit run in this JVM ends, and with
	 * it the node.
	 */
	private record StoppedAtEndOfRun(ElasticsearchNodeInfo info) implements AutoCloseable {

		static StoppedAtEndOfRun start(ExtensionContext context) {
			ElasticsearchNodeProcess node = JvmWideElasticsearchNode.obtain();
			context.publishReportEntry("elasticsearch-node", node.toString());
			return new StoppedAtEndOfRun(new ElasticsearchNodeInfo(node.httpUri()));
		}

		@Override
		public void close() {
			JvmWideElasticsearchNode.stop();
		}

	}

}
