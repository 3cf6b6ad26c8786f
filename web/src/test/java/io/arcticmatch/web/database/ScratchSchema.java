package io.arcticmatch.web.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A schema of its own on the test database for testing a migration: migrated up to the
 * version before it, filled, migrated on, checked, and dropped when closed.
 */
public final class ScratchSchema implements AutoCloseable {

	private final DataSource dataSource;

	private final String name;

	private final Connection connection;

	private final JdbcClient jdbc;

	/**
	 * @param dataSource the test database
	 * @param purpose a short name, the start of the schema's name
	 * @param version the last migration to run now
	 * @throws SQLException when no connection can be had
	 */
	public ScratchSchema(DataSource dataSource, String purpose, String version) throws SQLException {
		this.dataSource = dataSource;
		this.name = purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
		migrateTo(version);
		this.connection = dataSource.getConnection();
		this.jdbc = JdbcClient.create(new SingleConnectionDataSource(this.connection, true));
		this.jdbc.sql("set search_path to " + this.name).update();
	}

	/**
	 * @return a client whose statements run in this schema
	 */
	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/**
	 * @param version the last migration to run, or {@code latest}
	 */
	public void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(this.name)
			.locations("classpath:db/migration")
			.target(version)
			.load()
			.migrate();
	}

	/**
	 * @param name a person's name
	 * @return the id of a new seeker account with that name
	 */
	public UUID account(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, role, created_at)
				values (:id, :email, :name, 'not-a-hash', 'SEEKER', now())
				""").param("id", id).param("email", id + "@migration.example").param("name", name).update();
		return id;
	}

	@Override
	public void close() throws SQLException {
		try {
			this.jdbc.sql("set search_path to public").update();
			this.connection.close();
		}
		finally {
			JdbcClient.create(this.dataSource).sql("drop schema if exists " + this.name + " cascade").update();
		}
	}

}
