package io.arcticmatch.web.jobs;

import java.time.Duration;
import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker searches, narrows by a facet, opens a job and keeps it, in a real Chromium
 * without any script of ours: postings of the source {@code jobsbrowser}.
 */
class JobSearchBrowserTest extends BrowserTest {

	private static final String WORD = "browsqzx";

	private static final List<JobPosting> POSTINGS = List.of(
			JobsTestData.posting("jobsbrowser", "narvik", "Sykepleier " + WORD, JobsTestData.NARVIK, 1).build(),
			JobsTestData.posting("jobsbrowser", "narvik2", "Hjelpepleier " + WORD, JobsTestData.NARVIK, 2).build(),
			JobsTestData.posting("jobsbrowser", "kiruna", "Sjuksköterska " + WORD, JobsTestData.KIRUNA, 3).build());

	@Autowired
	private PostingIndex index;

	@Autowired
	private AccountService accounts;

	@BeforeAll
	void savePostings() {
		this.index.save(POSTINGS);
	}

	@AfterAll
	void deletePostings() {
		POSTINGS.forEach((posting) -> this.index.delete(posting.id()));
	}

	@Test
	void searchFilterOpenAndKeepAJob() {
		Account seeker = JobsTestData.account(this.accounts, Role.SEEKER);
		signIn(seeker.email(), JobsTestData.PASSWORD);
		open("/jobs?lang=en");

		browser().findElement(By.id("q")).sendKeys(WORD);
		clickAndAwaitNextPage(browser().findElement(By.cssSelector(".jobs-searchbox button[type=submit]")));
		waitFor(By.cssSelector(".jobs-card"));
		assertThat(browser().findElement(By.id("results-heading")).getText()).isEqualTo("3 jobs found");
		assertThat(browser().getCurrentUrl()).contains("q=" + WORD);

		WebElement sweden = browser().findElement(By.cssSelector("input[name=country][value=SE]"));
		browser().findElement(By.cssSelector("label[for='" + sweden.getDomAttribute("id") + "']")).click();
		clickAndAwaitNextPage(browser().findElement(By.cssSelector("button.jobs-apply")));
		new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("country=SE"));
		assertThat(browser().findElement(By.id("results-heading")).getText()).isEqualTo("1 job found");
		assertThat(browser().findElements(By.cssSelector(".jobs-card h3 a"))).extracting(WebElement::getText)
			.containsExactly("Sjuksköterska " + WORD);

		clickAndAwaitNextPage(browser().findElement(By.linkText("Sjuksköterska " + WORD)));
		waitFor(By.cssSelector(".jobs-ad h1"));
		assertThat(browser().findElement(By.cssSelector(".jobs-ad h1")).getText()).isEqualTo("Sjuksköterska " + WORD);
		assertThat(browser().findElements(By.cssSelector(".jobs-why"))).as("no profile, no score").isEmpty();

		clickAndAwaitNextPage(browser().findElement(By.cssSelector(".jobs-actions form.jobs-favourite button")));
		new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBe(By.cssSelector(".jobs-actions form.jobs-favourite button"), "Remove from favourites"));
		assertThat(browser().findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("The job is saved in your favourites.");
		assertThat(browser().getCurrentUrl()).endsWith("/jobs/jobsbrowser:kiruna");

		clickAndAwaitNextPage(browser().findElement(By.cssSelector(".jobs-mine a")));
		waitFor(By.cssSelector(".jobs-favourites h1"));
		assertThat(browser().findElements(By.cssSelector(".jobs-card h3 a"))).extracting(WebElement::getText)
			.containsExactly("Sjuksköterska " + WORD);
	}

	private void waitFor(By element) {
		new WebDriverWait(browser(), Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
