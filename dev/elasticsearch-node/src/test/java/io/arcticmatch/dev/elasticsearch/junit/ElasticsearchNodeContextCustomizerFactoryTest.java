package io.arcticmatch.dev.elasticsearch.junit;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(ElasticsearchNodeContextCustomizerFactoryTest.NoBeans.class)
@WithElasticsearchNode
class ElasticsearchNodeContextCustomizerFactoryTest {

	private final ElasticsearchNodeContextCustomizerFactory factory = new ElasticsearchNodeContextCustomizerFactory();

	@Test
	void springContextPointsAtTheNode(@Value("${spring.elasticsearch.uris}") String uris, ElasticsearchNodeInfo node) {
		assertThat(uris).isEqualTo(node.httpUri().toString());
	}

	@Test
	void classesWithoutTheAnnotationAreLeftAlone() {
		assertThat(this.factory.createContextCustomizer(NotAnnotated.class, List.of())).isNull();
	}

	@Test
	void annotationOnASuperclassCounts() {
		assertThat(this.factory.createContextCustomizer(InheritsAnnotation.class, List.of())).isNotNull();
	}

	@Test
	void annotationAsMetaAnnotationCounts() {
		assertThat(this.factory.createContextCustomizer(MetaAnnotated.class, List.of())).isNotNull();
	}

	@Test
	void customizersAreEqualSoContextsAreShared() {
		assertThat(this.factory.createContextCustomizer(InheritsAnnotation.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(MetaAnnotated.class, List.of()));
	}

	@Configuration(proxyBeanMethods = false)
	static class NoBeans {

	}

	static class NotAnnotated {

	}

	@WithElasticsearchNode
	abstract static class Annotated {

	}

	static class InheritsAnnotation extends Annotated {

	}

	@Retention(RetentionPolicy.RUNTIME)
	@WithElasticsearchNode
	@interface ElasticsearchTest {

	}

	@ElasticsearchTest
	static class MetaAnnotated {

	}

}
