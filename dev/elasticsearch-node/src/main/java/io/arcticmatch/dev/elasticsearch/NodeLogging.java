package io.arcticmatch.dev.elasticsearch;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.common.logging.LogConfigurator;

/**
 * Log4j for the node's JVM: everything to standard output, which the JUnit extension
 * copies into a log file and a developer sees in the terminal. Must run before anything
 * logs.
 */
final class NodeLogging {

	private NodeLogging() {
	}

	static void configure() {
		// our shutdown hook closes the node, and the node logs while it closes
		System.setProperty("log4j.shutdownHookEnabled", "false");
		System.setProperty("log4j2.disable.jmx", "true");
		ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
		builder.setStatusLevel(Level.WARN);
		builder.add(builder.newAppender("stdout", "Console")
			.addAttribute("target", ConsoleAppender.Target.SYSTEM_OUT)
			.add(builder.newLayout("PatternLayout").addAttribute("pattern", "[%d{ISO8601}][%-5p][%c{1.}] %m%n")));
		builder.add(builder.newRootLogger(Level.INFO).add(builder.newAppenderRef("stdout")));
		// Maven Central has no native libraries for Elasticsearch; it says so with a
		// stack trace
		builder.add(builder.newLogger("org.elasticsearch.nativeaccess", Level.ERROR));
		Configurator.initialize(builder.build());
		LogConfigurator.configureESLogging();
	}

}
