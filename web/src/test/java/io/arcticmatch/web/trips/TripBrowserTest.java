package io.arcticmatch.web.trips;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sign up, cancel and the waiting list's promotion as people do it, in a real browser;
 * then the coach's check-in on a phone-sized window.
 */
class TripBrowserTest extends BrowserTest {

	@Autowired
	private Trips trips;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private GreenMail greenMail;

	@Test
	void aCancellationSeatsTheFirstOnTheWaitingListWhoIsToldByMailAndCheckedInOnThePhone() {
		TripFixtures fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		String domain = TripFixtures.domain();
		Account coach = fixtures.person(Role.COACH, "coach@" + domain);
		Account first = fixtures.person(Role.SEEKER, "first@" + domain);
		Account second = fixtures.person(Role.SEEKER, "second@" + domain);
		UUID trip = fixtures.trip(coach, TripFixtures.details("One seat to Kiruna", 1, TripFixtures.inDays(10)));
		String page = "/seeker/trips/" + trip + "?lang=en";

		signIn(first.email(), TripFixtures.PASSWORD);
		open(page);
		browser().findElement(By.id("needs")).sendKeys("Vegetarian");
		clickAndAwaitNextPage(browser().findElement(By.id("sign-up")));
		assertThat(status()).isEqualTo("You have a seat on this trip.");

		signIn(second.email(), TripFixtures.PASSWORD);
		open(page);
		assertThat(browser().findElement(By.cssSelector("#signup .notice")).getText()).contains("waiting list");
		clickAndAwaitNextPage(browser().findElement(By.id("sign-up")));
		assertThat(status()).isEqualTo("You are on the waiting list (position 1).");

		signIn(first.email(), TripFixtures.PASSWORD);
		open(page);
		clickAndAwaitNextPage(browser().findElement(By.id("cancel")));
		assertThat(browser().findElements(By.id("my-status"))).isEmpty();
		assertThat(browser().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Your sign-up is cancelled.");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.greenMail.getReceivedMessagesForDomain(domain).length == 1);
		signIn(second.email(), TripFixtures.PASSWORD);
		open(page);
		assertThat(status()).isEqualTo("You have a seat on this trip.");
		open("/seeker/trips?lang=en");
		assertThat(browser().findElement(By.cssSelector("#main")).getText()).contains("One seat to Kiruna")
			.contains("You have a seat on this trip.");

		signIn(coach.email(), TripFixtures.PASSWORD);
		browser().manage().window().setSize(new Dimension(390, 844));
		try {
			open("/coach/trips/" + trip + "/check-in?lang=en");
			WebElement present = browser().findElement(By.cssSelector(".check-in-list button.present"));
			assertThat(present.getSize().getHeight()).isGreaterThanOrEqualTo(44);
			Object overflow = ((JavascriptExecutor) browser())
				.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).isEqualTo(Boolean.FALSE);
			clickAndAwaitNextPage(present);
			assertThat(browser().findElement(By.cssSelector(".check-in-list .state")).getText()).isEqualTo("Present");
			assertThat(browser().findElement(By.cssSelector("#main")).getText()).contains("1 of 1 present");
		}
		finally {
			browser().manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private String status() {
		return browser().findElement(By.cssSelector("#my-status .status")).getText();
	}

}
