package org.elasticsearch.node;

import java.util.Collection;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are classes on the classpath, built the way the Elasticsearch test
 * framework's {@code MockNode} builds its nodes. It lives in this package because
 * {@code NodeConstruction} and {@code NodeServiceProvider} are package-private; keep it
 * this small. These are internal APIs: expect small edits when the Elasticsearch version
 * changes.
 */
public class ClasspathPluginsNode extends Node {

	/**
	 * Prepares (does not start) a node.
	 * @param environment the node's environment
	 * @param plugins the plugin classes to load
	 */
	public ClasspathPluginsNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
		// no plugins loader: it only reaches newPluginService, which ignores it
		super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {

			@Override
			PluginsService newPluginService(Environment initialEnvironment, PluginsLoader pluginsLoader) {
				return new ClasspathPluginsService(initialEnvironment, plugins);
			}

		}, true));
	}

}
