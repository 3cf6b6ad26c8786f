package io.arcticmatch.dev.elasticsearch.junit;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the Spring test context of a class annotated with {@link WithElasticsearchNode}
 * (directly, inherited, as a meta-annotation or on an enclosing class) at this JVM's
 * node: {@value #URIS_PROPERTY} comes first among the context's properties. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ElasticsearchNodeContextCustomizerFactory implements ContextCustomizerFactory {

	/**
	 * The Spring Boot property the node's address goes into.
	 */
	public static final String URIS_PROPERTY = "spring.elasticsearch.uris";

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, WithElasticsearchNode.class)
				? new ElasticsearchUrisCustomizer() : null;
	}

	/**
	 * Equal to every other instance: part of the context cache key, and every annotated
	 * class talks to the same node.
	 */
	private static final class ElasticsearchUrisCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			String httpUri = JvmWideElasticsearchNode.obtain().httpUri().toString();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("elasticsearch-node", Map.of(URIS_PROPERTY, httpUri)));
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof ElasticsearchUrisCustomizer;
		}

		@Override
		public int hashCode() {
			return ElasticsearchUrisCustomizer.class.hashCode();
		}

	}

}
