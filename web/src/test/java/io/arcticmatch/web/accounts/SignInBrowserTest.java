package io.arcticmatch.web.accounts;

import java.util.UUID;

import io.arcticmatch.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the page, in a real browser, opens the menu of one's role.
 */
class SignInBrowserTest extends BrowserTest {

	@Autowired
	private AccountService accounts;

	@Test
	void aSeekerWhoSignsInSeesTheSeekersMenuAndNotTheCoachesOne() {
		String email = UUID.randomUUID() + "@example.se";
		this.accounts.open(new NewAccount(email, "Sanna", "a long password here", Role.SEEKER));

		signIn(email, "a long password here");

		assertThat(browser().findElements(By.cssSelector(".main-menu a[href='/seeker/profile']"))).hasSize(1);
		assertThat(browser().findElements(By.cssSelector(".main-menu a[href='/coach/groups']"))).isEmpty();
	}

}
