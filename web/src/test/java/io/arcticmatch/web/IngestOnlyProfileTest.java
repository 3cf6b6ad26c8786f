package io.arcticmatch.web;

import io.arcticmatch.ingest.pipeline.PipelineBus;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ingest-only} profile runs ingest's side of the application without pages, so
 * ingest can be scaled apart from the web.
 */
class IngestOnlyProfileTest {

	@Test
	void ingestOnlyInstanceHasThePipelineAndIndexButServesNoPages() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WebApplication.class)
			.profiles("test", "ingest-only")
			.run()) {
			assertThat(context.getBean(PipelineBus.class)).isNotNull();
			assertThat(context.getBean(PostingIndex.class)).isNotNull();
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
			assertThat(
					context.getEnvironment().getProperty("spring.main.web-application-type", WebApplicationType.class))
				.isEqualTo(WebApplicationType.NONE);
		}
	}

}
