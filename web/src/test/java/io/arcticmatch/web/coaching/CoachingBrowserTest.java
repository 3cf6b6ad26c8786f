package io.arcticmatch.web.coaching;

import java.time.Duration;
import java.util.UUID;

import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach's main flow in a real browser: create a group, add a member, plan a session,
 * mark attendance, log a job offer, and read the numbers on the dashboard.
 */
class CoachingBrowserTest extends BrowserTest {

	@Autowired
	private AccountService accounts;

	@Test
	void aCoachRunsAGroupFromCreationToAJobOfferOnTheDashboard() {
		String coach = "coach-" + UUID.randomUUID() + "@coaching.example";
		String seeker = "seeker-" + UUID.randomUUID() + "@coaching.example";
		this.accounts.open(new NewAccount(coach, "Kari Coach", CoachingFixtures.PASSWORD, Role.COACH));
		this.accounts.open(new NewAccount(seeker, "Aslak Seeker", CoachingFixtures.PASSWORD, Role.SEEKER));

		signIn(coach, CoachingFixtures.PASSWORD);
		open("/coach/groups?lang=en");
		assertThat(text("main .empty")).contains("You have no coaching groups yet");

		// create a group
		browser().findElement(By.cssSelector("a[href='/coach/groups/new']")).click();
		browser().findElement(By.id("name")).sendKeys("Tornedalen autumn");
		browser().findElement(By.id("description")).sendKeys("Jobs on both sides of the Torne river");
		browser().findElement(By.cssSelector("input[name='languages'][value='sv']")).click();
		browser().findElement(By.cssSelector("input[name='languages'][value='fi']")).click();
		setValue(By.id("startsOn"), "2026-01-05");
		setValue(By.id("endsOn"), "2026-06-30");
		browser().findElement(By.cssSelector("input[name='targetCountries'][value='SE']")).click();
		submit("main form");
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Tornedalen autumn");
		String dashboard = browser().getCurrentUrl();

		// add an existing seeker
		browser().findElement(By.linkText("Members")).click();
		browser().findElement(By.id("add-email")).sendKeys(seeker);
		submit("form[action$='/members']");
		assertThat(text("#members")).contains("Aslak Seeker");

		// plan a session that has taken place, and mark attendance
		browser().findElement(By.linkText("Sessions")).click();
		setValue(By.id("date"), "2026-02-10");
		setValue(By.id("time"), "09:30");
		browser().findElement(By.id("topic")).sendKeys("CV for Swedish employers");
		browser().findElement(By.id("place")).sendKeys("Haparanda library");
		submit("form[action$='/sessions']");
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("CV for Swedish employers");
		browser().findElement(By.cssSelector("#attendance-form input[value='PRESENT']")).click();
		submit("#attendance-form");
		assertThat(browser().findElement(By.cssSelector("#attendance-form input[value='PRESENT']")).isSelected())
			.isTrue();

		// log a job offer for the member
		browser().findElement(By.linkText("Members")).click();
		browser().findElement(By.linkText("Aslak Seeker")).click();
		assertThat(text("#profile-not-shared")).contains("has not shared the profile");
		new Select(browser().findElement(By.id("kind"))).selectByValue("JOB_OFFER");
		browser().findElement(By.id("employer")).sendKeys("LKAB Kiruna");
		new Select(browser().findElement(By.id("country"))).selectByValue("SE");
		setValue(By.id("occurredOn"), "2026-03-15");
		submit("#outcome-form");
		assertThat(text("main")).contains("LKAB Kiruna");

		// the dashboard counts it all
		browser().get(dashboard);
		assertThat(text("#figure-participants")).isEqualTo("1");
		assertThat(text("#figure-sessions")).isEqualTo("1");
		assertThat(text("#figure-attendance")).isEqualTo("100 %");
		assertThat(text("#figure-offers")).isEqualTo("1");
		assertThat(text("#figure-hires")).isEqualTo("0");
		WebElement sweden = browser().findElement(By.xpath("//table[@id='outcomes-by-country']/tbody/tr[th='Sweden']"));
		assertThat(sweden.findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsExactly("0", "0", "1", "0");
		new WebDriverWait(browser(), Duration.ofSeconds(10)).until(
				(driver) -> "true".equals(driver.findElement(By.id("coaching-chart")).getDomAttribute("data-drawn")));
	}

	private String text(String css) {
		return browser().findElement(By.cssSelector(css)).getText();
	}

	private void submit(String formCss) {
		clickAndAwaitNextPage(browser().findElement(By.cssSelector(formCss + " button[type=submit]")));
	}

	/**
	 * Date and time inputs take keys in the browser's own format; setting the value as
	 * the form posts it is independent of that.
	 */
	private void setValue(By input, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]",
				browser().findElement(input), value);
	}

}
