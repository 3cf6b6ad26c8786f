package io.arcticmatch.web.accounts;

import java.util.UUID;

import javax.sql.DataSource;

import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.database.ScratchSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language the mentor programme kept for its mails moves to the account, where every
 * feature finds it.
 */
@WebAppTest
class AccountLanguageMigrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void theMentorProgrammesLanguagesBecomeTheAccountsLanguages() throws Exception {
		try (ScratchSchema schema = new ScratchSchema(this.dataSource, "language_migration", "202611260101")) {
			JdbcClient jdbc = schema.jdbc();
			UUID aino = schema.account("aino");
			UUID bo = schema.account("bo");
			jdbc.sql("insert into mentors_language (account_id, language) values (:aino, 'fi')")
				.param("aino", aino)
				.update();

			schema.migrateTo("latest");

			assertThat(language(jdbc, aino)).isEqualTo("fi");
			assertThat(language(jdbc, bo)).isEmpty();
			assertThat(jdbc.sql("select to_regclass('mentors_language') is null").query(Boolean.class).single())
				.isTrue();
		}
	}

	/** The account's language, empty when it has none. */
	private static String language(JdbcClient jdbc, UUID account) {
		return jdbc.sql("select coalesce(language, '') from account where id = :id")
			.param("id", account)
			.query(String.class)
			.single();
	}

}
