package io.arcticmatch.web.seekers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker builds a profile in a real browser with the concept typeahead, saves it, and
 * sees a job that fits among their matches.
 */
class SeekerProfileBrowserTest extends BrowserTest {

	private static final String PASSWORD = "a long password here";

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private PostingIndex index;

	private final PostingId posting = new PostingId("seekersbrowser", UUID.randomUUID().toString());

	@AfterEach
	void removePosting() {
		this.index.delete(this.posting);
	}

	@Test
	void aSeekerFillsTheProfileWithTheTypeaheadAndSeesMatches() {
		this.index.save(List.of(JobPosting
			.builder(this.posting, "Fangstmann i Narvik",
					new PostingPlace(Country.NO, "18", "1806", "Narvik", new GeoPoint(68.43838, 17.4272)),
					Instant.now().minus(Duration.ofHours(3)))
			.employer("Ofoten Fangst AS")
			.description("<p>Fangst</p>")
			.language("nb")
			.occupation(new PostingOccupation("isco08:6224", null, "6224", 1.0))
			.build()));
		String email = "browser-" + UUID.randomUUID() + "@example.no";
		this.accounts.open(new NewAccount(email, "Nils Seeker", PASSWORD, Role.SEEKER));
		signIn(email, PASSWORD);

		open("/seeker/profile?lang=en");
		String occupationId = pick("occupation-0-text", "hunter");
		browser().findElement(By.id("occupation-0-years")).sendKeys("4");
		String languageId = pick("language-0-text", "norweg");
		new org.openqa.selenium.support.ui.Select(browser().findElement(By.id("language-0-level")))
			.selectByValue("NATIVE");
		String homeId = pick("home-text", "Narvi");
		clickAndAwaitNextPage(browser().findElement(By.cssSelector(".profile-form button[type=submit]")));

		assertThat(browser().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Your profile is saved.");
		assertThat(occupationId).isNotBlank();
		assertThat(languageId).startsWith("iso639:");
		assertThat(homeId).startsWith("place:NO");
		var saved = this.profiles.find(this.accounts.findByEmail(email).orElseThrow().id()).orElseThrow().profile();
		assertThat(saved.occupations()).singleElement().satisfies((occupation) -> {
			assertThat(occupation.conceptId()).isEqualTo(occupationId);
			assertThat(occupation.years()).isEqualTo(4);
		});
		assertThat(saved.home().placeName()).isEqualTo("Narvik");
		assertThat(browser().findElement(By.id("home-text")).getAttribute("value")).isEqualTo("Narvik");

		clickAndAwaitNextPage(browser().findElement(By.cssSelector(".main-menu a[href='/seeker/matches']")));

		List<WebElement> matches = browser().findElements(By.cssSelector("li.match"));
		assertThat(matches).extracting((match) -> match.getAttribute("data-posting")).contains(this.posting.toString());
		WebElement ours = browser().findElement(By.cssSelector("li.match[data-posting='" + this.posting + "']"));
		assertThat(ours.findElement(By.cssSelector(".match-score")).getText()).matches("Match \\d+/100");
	}

	/**
	 * Types the start of a word, waits for the typeahead's suggestions, and takes the
	 * first, as choosing it from the list does.
	 * @return the concept id the typeahead put into the form
	 */
	private String pick(String inputId, String typed) {
		WebDriver browser = browser();
		WebElement input = browser.findElement(By.id(inputId));
		input.sendKeys(typed);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		String first = wait.until((driver) -> {
			List<WebElement> options = driver.findElements(By.cssSelector("#" + inputId + "-suggestions option"));
			return options.isEmpty() ? null : options.get(0).getAttribute("value");
		});
		input.clear();
		input.sendKeys(first);
		WebElement hidden = input.findElement(By.xpath("following-sibling::input[@type='hidden']"));
		return wait.until((driver) -> {
			String id = hidden.getAttribute("value");
			return (id == null || id.isEmpty()) ? null : id;
		});
	}

}
