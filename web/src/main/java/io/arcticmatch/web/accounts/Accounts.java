package io.arcticmatch.web.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All accounts, in the {@code account} table.
 */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the e-mail is taken, in
	 * any case
	 */
	void add(Account account) {
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, role, created_at)
				values (:id, :email, :displayName, :passwordHash, :role, :createdAt)
				""")
			.param("id", account.id().value())
			.param("email", account.email())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().name())
			.param("createdAt", account.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("select * from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(Accounts::toAccount)
			.optional();
	}

	Optional<Account> findById(AccountId id) {
		return this.jdbc.sql("select * from account where id = :id")
			.param("id", id.value())
			.query(Accounts::toAccount)
			.optional();
	}

	Optional<String> language(AccountId id) {
		return this.jdbc.sql("select language from account where id = :id and language is not null")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	void setLanguage(AccountId id, String language) {
		this.jdbc.sql("update account set language = :language where id = :id")
			.param("id", id.value())
			.param("language", language)
			.update();
	}

	/**
	 * Deletes the account row; what other tables keep about it goes with it through their
	 * {@code on delete cascade} foreign keys.
	 */
	boolean delete(AccountId id) {
		return this.jdbc.sql("delete from account where id = :id").param("id", id.value()).update() == 1;
	}

	boolean anyWithRole(Role role) {
		return this.jdbc.sql("select exists (select 1 from account where role = :role)")
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	private static Account toAccount(ResultSet row, int rowNumber) throws SQLException {
		return new Account(new AccountId(row.getObject("id", UUID.class)), row.getString("email"),
				row.getString("display_name"), row.getString("password_hash"), Role.valueOf(row.getString("role")),
				row.getTimestamp("created_at").toInstant());
	}

}
