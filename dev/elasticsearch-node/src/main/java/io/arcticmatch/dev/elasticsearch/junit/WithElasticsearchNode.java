package io.arcticmatch.dev.elasticsearch.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a real Elasticsearch node: the one node of this
 * test JVM, started on first use. Test methods and lifecycle methods can take an
 * {@link ElasticsearchNodeInfo} parameter; a Spring test context gets
 * {@code spring.elasticsearch.uris} pointing at the node.
 *
 * @see ElasticsearchNodeExtension
 * @see ElasticsearchNodeContextCustomizerFactory
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ElasticsearchNodeExtension.class)
public @interface WithElasticsearchNode {

}
