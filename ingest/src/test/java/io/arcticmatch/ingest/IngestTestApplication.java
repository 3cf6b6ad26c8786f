package io.arcticmatch.ingest;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Ingest as an application hosts it, for tests: every auto-configuration, a real
 * PostgreSQL server (embedded, throw-away data) with the schema Flyway migrates. A test
 * that restarts the application starts the server itself and passes
 * {@code spring.datasource.url}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class IngestTestApplication {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
	EmbeddedPostgres postgres() throws IOException {
		return EmbeddedPostgres.builder().start();
	}

	@Bean
	@ConditionalOnBean(EmbeddedPostgres.class)
	DataSource dataSource(EmbeddedPostgres postgres) {
		return postgres.getPostgresDatabase();
	}

}
