package org.elasticsearch.plugins;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Plugins that are classes on the JVM's classpath, not bundles under {@code plugins/} or
 * {@code modules/}: the idea of the Elasticsearch test framework's
 * {@code MockPluginsService}. It lives in this package because {@code LoadedPlugin} and
 * {@code loadPlugin} are package-private; keep it this small.
 */
public class ClasspathPluginsService extends PluginsService {

	private final List<LoadedPlugin> plugins;

	/**
	 * Instantiates each plugin class the way a bundled plugin would be.
	 * @param environment the node's environment
	 * @param pluginClasses the plugins to load
	 */
	public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
		// the base class loads the bundles of a loader without any (the public factory
		// method
		// would insist on Elasticsearch running as a named module, which it does not
		// here)
		super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
		List<LoadedPlugin> loaded = new ArrayList<>();
		for (Class<? extends Plugin> pluginClass : pluginClasses) {
			Plugin plugin = loadPlugin(pluginClass, environment.settings(), environment.configDir());
			loaded.add(new LoadedPlugin(descriptorOf(pluginClass), plugin, pluginClass.getClassLoader()));
		}
		loadExtensions(loaded);
		this.plugins = List.copyOf(loaded);
	}

	private static PluginDescriptor descriptorOf(Class<? extends Plugin> pluginClass) {
		return new PluginDescriptor(pluginClass.getName(), "classpath plugin", "NA", Build.current().version(),
				Integer.toString(Runtime.version().feature()), pluginClass.getName(), null, List.of(), false, false,
				false, false, PluginDescriptor.DeploymentTarget.ALL);
	}

	@Override
	protected final List<LoadedPlugin> plugins() {
		return this.plugins;
	}

	@Override
	public PluginsAndModules info() {
		return new PluginsAndModules(
				this.plugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
	}

	/**
	 * Creates each service provider once. All classpath plugins share one class loader,
	 * so the base class would find every provider (the server's own feature
	 * specifications among them) once per plugin and register it twice.
	 */
	@Override
	public <T> List<? extends T> loadServiceProviders(Class<T> service) {
		List<T> providers = new ArrayList<>();
		SPIClassIterator.get(service, getClass().getClassLoader())
			.forEachRemaining((providerClass) -> providers
				.add(createExtension(providerClass, service, pluginAcceptedBy(providerClass))));
		return List.copyOf(providers);
	}

	private Plugin pluginAcceptedBy(Class<?> providerClass) {
		return this.plugins.stream()
			.map(LoadedPlugin::instance)
			.filter((plugin) -> Arrays.stream(providerClass.getConstructors())
				.noneMatch((constructor) -> takesAnotherPlugin(constructor, plugin)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No classpath plugin fits the constructor of service provider " + providerClass.getName()));
	}

	private static boolean takesAnotherPlugin(Constructor<?> constructor, Plugin plugin) {
		return constructor.getParameterCount() == 1 && !constructor.getParameterTypes()[0].isInstance(plugin);
	}

}
