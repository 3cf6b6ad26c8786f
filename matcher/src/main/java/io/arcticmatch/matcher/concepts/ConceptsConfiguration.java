package io.arcticmatch.matcher.concepts;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Exposes the one {@link Concepts} of the application as a bean, loaded at start-up.
 */
@AutoConfiguration
public class ConceptsConfiguration {

	@Bean
	Concepts concepts() {
		return Concepts.loadDefault();
	}

}
