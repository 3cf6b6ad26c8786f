package io.arcticmatch.web.alerts;

import java.time.Duration;
import java.util.UUID;

import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving a search and pausing its alert in a real browser, with the keyboard only.
 */
class AlertsBrowserTest extends BrowserTest {

	@Autowired
	private AccountService accounts;

	@Test
	void seekerSavesASearchAndPausesItsAlertWithTheKeyboard() {
		String email = "alerts-browser-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(email, "Kari Tastatur", "a long enough password", Role.SEEKER));
		signIn(email, "a long enough password");
		open("/seeker/alerts?lang=en");
		assertThat(browser().findElement(By.cssSelector("main .empty")).getText())
			.contains("You have no saved searches yet");

		browser().findElement(By.id("query")).sendKeys("http://localhost:8080/jobs?q=sveiser&country=NO");
		WebElement weekly = browser().findElement(By.cssSelector("input[name=frequency][value=WEEKLY]"));
		weekly.sendKeys(Keys.SPACE);
		WebElement name = browser().findElement(By.id("name"));
		name.sendKeys("Welders in Norway");
		name.sendKeys(Keys.ENTER);
		waitUntilGone(name);

		assertThat(browser().findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("The search is saved. Its alert is on.");
		WebElement saved = browser().findElement(By.cssSelector(".alert-item"));
		assertThat(saved.findElement(By.tagName("h3")).getText()).isEqualTo("Welders in Norway");
		assertThat(saved.findElement(By.linkText("Open the search")).getDomAttribute("href"))
			.isEqualTo("/jobs?q=sveiser&country=NO");
		assertThat(saved.findElement(By.cssSelector("select option[selected]")).getText()).isEqualTo("Weekly");

		saved.findElement(By.xpath(".//button[text()='Pause the alert']")).sendKeys(Keys.ENTER);
		waitUntilGone(saved);

		assertThat(browser().findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("The alert is paused. The search is kept.");
		assertThat(browser().findElement(By.cssSelector(".alert-facts")).getText()).contains("Paused");
	}

	/** The next page has loaded when an element of the page before is gone. */
	private void waitUntilGone(WebElement element) {
		new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

}
