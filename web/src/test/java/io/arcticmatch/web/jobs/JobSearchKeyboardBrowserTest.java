package io.arcticmatch.web.jobs;

import java.time.Duration;
import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.web.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor searches, narrows by a facet and opens a job with the keyboard alone: the
 * skip link leads past the menus, and every control is reached with Tab and worked with
 * Enter or Space. Postings of the source {@code jobskeys}.
 */
class JobSearchKeyboardBrowserTest extends BrowserTest {

	private static final String WORD = "keybqzx";

	private static final List<JobPosting> POSTINGS = List.of(
			JobsTestData.posting("jobskeys", "narvik", "Sykepleier " + WORD, JobsTestData.NARVIK, 1).build(),
			JobsTestData.posting("jobskeys", "kiruna", "Sjuksköterska " + WORD, JobsTestData.KIRUNA, 2).build());

	@Autowired
	private PostingIndex index;

	@BeforeAll
	void savePostings() {
		this.index.save(POSTINGS);
	}

	@AfterAll
	void deletePostings() {
		POSTINGS.forEach((posting) -> this.index.delete(posting.id()));
	}

	@Test
	void searchNarrowAndOpenAJobWithTheKeyboardOnly() {
		browser().manage().deleteAllCookies();
		open("/jobs?lang=en");

		// the first Tab reaches the skip link; following it, the next Tab is inside main
		keys(Keys.TAB);
		assertThat(focused().getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(focused().isDisplayed()).as("the skip link shows when it has focus").isTrue();
		keys(Keys.ENTER);
		keys(Keys.TAB);
		assertThat(focused().findElements(By.xpath("ancestor::main"))).as("focus after the skip link").isNotEmpty();

		tabTo(By.id("q"));
		keys(WORD);
		WebElement page = browser().findElement(By.tagName("html"));
		keys(Keys.ENTER);
		awaitNextPage(page);
		assertThat(browser().findElement(By.id("results-heading")).getText()).isEqualTo("2 jobs found");

		tabTo(By.cssSelector("input[name=country][value=SE]"));
		keys(Keys.SPACE);
		assertThat(focused().isSelected()).isTrue();
		tabTo(By.cssSelector("button.jobs-apply"));
		page = browser().findElement(By.tagName("html"));
		keys(Keys.ENTER);
		awaitNextPage(page);
		assertThat(browser().findElement(By.id("results-heading")).getText()).isEqualTo("1 job found");

		tabTo(By.linkText("Sjuksköterska " + WORD));
		page = browser().findElement(By.tagName("html"));
		keys(Keys.ENTER);
		awaitNextPage(page);
		assertThat(browser().getCurrentUrl()).endsWith("/jobs/jobskeys:kiruna");
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Sjuksköterska " + WORD);
	}

	private void keys(CharSequence keys) {
		new Actions(browser()).sendKeys(keys).perform();
	}

	private WebElement focused() {
		return browser().switchTo().activeElement();
	}

	/**
	 * Presses Tab until the element has focus, failing if it is not reached: what the
	 * mouse can use, the keyboard must reach.
	 */
	private void tabTo(By target) {
		WebElement element = browser().findElement(target);
		for (int presses = 0; presses < 200; presses++) {
			if (element.equals(focused())) {
				return;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + target);
	}

	private void awaitNextPage(WebElement page) {
		new WebDriverWait(browser(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

}
