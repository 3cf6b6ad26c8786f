package io.arcticmatch.web.accounts;

import io.arcticmatch.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Accounts against the real (embedded) PostgreSQL server, with the schema Flyway
 * migrated.
 */
@WebAppTest
class AccountServiceTest {

	@Autowired
	private AccountService service;

	@Autowired
	private Accounts accounts;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void anOpenedAccountIsFoundByItsEmailInAnyCase() {
		AccountId id = this.service
			.open(new NewAccount(" Aino.Koskinen@Example.fi ", "Aino", "a long enough password", Role.SEEKER));

		assertThat(this.accounts.findByEmail("AINO.KOSKINEN@example.FI")).hasValueSatisfying((account) -> {
			assertThat(account.id()).isEqualTo(id);
			assertThat(account.email()).isEqualTo("aino.koskinen@example.fi");
			assertThat(account.role()).isEqualTo(Role.SEEKER);
		});
	}

	@Test
	void theSameEmailInAnotherCaseCannotOpenASecondAccount() {
		this.service.open(new NewAccount("lars@example.se", "Lars", "a long enough password", Role.SEEKER));

		assertThatExceptionOfType(EmailAlreadyRegistered.class)
			.isThrownBy(() -> this.service
				.open(new NewAccount("LARS@example.se", "Lars again", "another long password", Role.SEEKER)))
			.withMessageContaining("lars@example.se");
	}

	@Test
	void onlyTheHashOfThePasswordIsKept() {
		this.service.open(new NewAccount("kari@example.no", "Kari", "kari's secret password", Role.SEEKER));

		String hash = this.accounts.findByEmail("kari@example.no").orElseThrow().passwordHash();
		assertThat(hash).doesNotContain("secret").startsWith("{bcrypt}");
		assertThat(this.passwords.matches("kari's secret password", hash)).isTrue();
	}

	@Test
	void theConfiguredFirstAdministratorExists() {
		assertThat(this.accounts.findByEmail("admin@test.invalid"))
			.hasValueSatisfying((admin) -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
	}

}
