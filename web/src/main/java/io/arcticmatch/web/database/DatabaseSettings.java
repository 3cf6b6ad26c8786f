package io.arcticmatch.web.database;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the system of record lives.
 *
 * @param embedded start a PostgreSQL server inside the application (the default, no
 * server to install); when false, {@code spring.datasource.*} says which server to use
 * @param embeddedServer settings of the embedded server
 */
@Validated
@ConfigurationProperties("arctic.database")
public record DatabaseSettings(boolean embedded, @NotNull @Valid EmbeddedServer embeddedServer) {

	/**
	 * @param dataDirectory the server's data folder, created on first start
	 * @param keepData keep the data when the application stops; tests throw it away
	 */
	public record EmbeddedServer(@NotNull Path dataDirectory, boolean keepData) {
	}

}
