package io.arcticmatch.web.accounts;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer a new installation: creates the configured
 * administrator when no administrator exists.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final AccountService service;

	private final FirstAdminSettings settings;

	FirstAdmin(Accounts accounts, AccountService service, FirstAdminSettings settings) {
		this.accounts = accounts;
		this.service = service;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		String password = this.settings.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			password = HexFormat.of().formatHex(random);
		}
		this.service.open(new NewAccount(this.settings.email(), "Administrator", password, Role.ADMIN));
		if (generated) {
			log.warn("Created the first administrator {} with the generated password {} - sign in and change it, "
					+ "or set arctic.security.first-admin.password", this.settings.email(), password);
		}
		else {
			log.info("Created the first administrator {}", this.settings.email());
		}
	}

}
