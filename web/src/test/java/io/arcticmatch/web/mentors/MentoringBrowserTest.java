package io.arcticmatch.web.mentors;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pairing in a real browser, from the mentee's request to the first logged meeting.
 */
class MentoringBrowserTest extends BrowserTest {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private AccountService accounts;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private MentorProgramme programme;

	@Autowired
	private Concepts concepts;

	@Test
	void fromRequestToFirstMeeting() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String mentorName = "Mikko Mentor " + unique;
		String mentorEmail = "b-mentor-" + unique + "@example.fi";
		String menteeEmail = "b-mentee-" + unique + "@example.fi";
		String coachEmail = "b-coach-" + unique + "@example.fi";
		AccountId coach = this.accounts.open(new NewAccount(coachEmail, "Coach " + unique, PASSWORD, Role.COACH));
		AccountId mentor = this.accounts.open(new NewAccount(mentorEmail, mentorName, PASSWORD, Role.SEEKER));
		AccountId mentee = this.accounts.open(new NewAccount(menteeEmail, "Meron " + unique, PASSWORD, Role.SEEKER));
		OccupationConcept occupation = this.concepts.occupations().byLabel("welder").get(0);
		this.profiles.save(mentee,
				SeekerProfile.builder()
					.occupation(occupation.id(), 3)
					.language(new LanguageSkill("ti", CefrLevel.C2))
					.home(new Home(this.concepts.places().findByName("Hammerfest").get(0).location(), "Hammerfest"))
					.build());
		this.programme.offer(mentor,
				new Values.MentorOffer(List.of(occupation.id()), Set.of("ti", "nb"), "Hammerfest", 6, ""));
		this.programme.decide(coach, mentor, true);

		signIn(menteeEmail, PASSWORD);
		open("/seeker/mentoring?lang=en");
		browser().findElement(By.id("wishes")).sendKeys("Learn how hiring works here");
		clickAndAwaitNextPage(browser().findElement(By.cssSelector("form[action='/seeker/mentoring/request'] button")));
		assertThat(browser().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Your request is sent.");

		signIn(coachEmail, PASSWORD);
		open("/coach/mentoring?lang=en");
		clickAndAwaitNextPage(browser().findElement(By.linkText("Meron " + unique)));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains(mentorName + " (100 points)")
			.contains("shared languages: ti");
		clickAndAwaitNextPage(browser().findElement(By.xpath("//li[h3[contains(., '" + mentorName + "')]]//button")));
		assertThat(browser().findElement(By.cssSelector(".flash")).getText()).contains("Paired");

		signIn(menteeEmail, PASSWORD);
		open("/seeker/mentoring?lang=en");
		clickAndAwaitNextPage(browser().findElement(By.linkText(mentorName)));
		clickAndAwaitNextPage(browser().findElement(By.xpath("//button[text()='Accept this mentor']")));
		assertThat(browser().findElement(By.cssSelector(".mentors-status")).getText()).isEqualTo("active");

		signIn(mentorEmail, PASSWORD);
		open("/mentoring/mentor?lang=en");
		clickAndAwaitNextPage(browser().findElement(By.linkText("Meron " + unique)));
		assertThat(browser().findElement(By.cssSelector(".mentors-mentee")).getText()).contains("Hammerfest");
		browser().findElement(By.id("note")).sendKeys("First coffee, talked about certificates");
		clickAndAwaitNextPage(browser().findElement(By.xpath("//button[text()='Log the meeting']")));

		assertThat(browser().findElement(By.cssSelector(".mentors-meetings")).getText())
			.contains("First coffee, talked about certificates")
			.contains("logged by " + mentorName);
	}

	@Test
	void theOccupationFieldSuggestsForTheTitleBeingTyped() {
		String email = "b-typeahead-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
		this.accounts.open(new NewAccount(email, "Typeahead", PASSWORD, Role.SEEKER));
		signIn(email, PASSWORD);
		open("/mentoring/mentor?lang=en");
		WebElement field = browser().findElement(By.id("occupations"));
		field.clear();
		field.sendKeys("Cook, weld");

		List<String> suggested = new WebDriverWait(browser(), Duration.ofSeconds(10)).until((driver) -> {
			List<String> values = driver.findElements(By.cssSelector("#occupations-suggestions option"))
				.stream()
				.map((option) -> option.getAttribute("value"))
				.toList();
			return values.isEmpty() ? null : values;
		});
		assertThat(suggested).allSatisfy((value) -> assertThat(value).startsWith("Cook, "))
			.anySatisfy((value) -> assertThat(value.toLowerCase(java.util.Locale.ROOT)).contains("weld"));
	}

}
