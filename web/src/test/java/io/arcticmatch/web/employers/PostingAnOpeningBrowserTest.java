package io.arcticmatch.web.employers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.accounts.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An organisation registers, is approved, and its user posts an opening through the pages
 * in a real browser; the opening is then found by the search API.
 */
class PostingAnOpeningBrowserTest extends BrowserTest {

	@Autowired
	private Employers employers;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MockMvc mvc;

	@Test
	void registeredAndApprovedEmployerPostsAnOpeningThatIsFoundBySearch() throws Exception {
		String email = "browser-" + UUID.randomUUID() + "@employers.test";
		String word = DirectOpeningsSearchTest.uniqueWord();

		open("/employers/register?lang=en");
		type("organisation", "Polarsirkel Bygg AS " + word);
		new Select(browser().findElement(By.id("country"))).selectByValue("FI");
		type("orgNumber", "0112038-8");
		type("displayName", "Bente Bygg");
		type("email", email);
		type("password", EmployerTestData.PASSWORD);
		type("passwordRepeat", EmployerTestData.PASSWORD);
		submit();
		assertThat(browser().findElement(By.id("orgNumber-error")).getText()).contains("check digit does not match");
		// a mistyped number is corrected on the same page; the rest is kept
		assertThat(browser().findElement(By.id("organisation")).getDomProperty("value")).contains(word);
		browser().findElement(By.id("orgNumber")).clear();
		type("orgNumber", uniqueFinnishBusinessId());
		type("password", EmployerTestData.PASSWORD);
		type("passwordRepeat", EmployerTestData.PASSWORD);
		submit();
		assertThat(browser().getCurrentUrl()).endsWith("/login");

		this.employers.approve(this.employers.of(this.accounts.findByEmail(email).orElseThrow()).orElseThrow().id());
		signIn(email, EmployerTestData.PASSWORD);
		open("/employer/openings?lang=en");
		assertThat(browser().findElement(By.cssSelector("main .empty")).getText()).contains("not posted any");
		browser().findElement(By.linkText("Post an opening")).click();

		type("title", "Kirvesmies " + word);
		type("occupation", "Carpenter");
		type("skills", "Gassvetsning");
		type("description", "<p>Build <strong>cabins</strong> in Rovaniemi.</p>");
		new Select(browser().findElement(By.id("country"))).selectByValue("FI");
		type("place", "Rovaniemi");
		new Select(browser().findElement(By.id("employmentType"))).selectByValue("SEASONAL");
		browser().findElement(By.cssSelector("input[name=remoteMode][value=ON_SITE]")).click();
		new Select(browser().findElement(By.id("languages0.id"))).selectByValue("iso639:fin");
		new Select(browser().findElement(By.id("languages0.level"))).selectByValue("B1");
		WebElement deadline = browser().findElement(By.id("deadline"));
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", deadline,
				LocalDate.now(java.time.ZoneOffset.UTC).plusWeeks(4).toString());
		type("applyEmail", "rekry@polarsirkel.test");
		submit();

		assertThat(browser().findElements(By.cssSelector(".field-error"))).as("field errors")
			.extracting(WebElement::getText)
			.isEmpty();
		assertThat(browser().getCurrentUrl()).endsWith("/employer/openings");
		assertThat(browser().findElement(By.cssSelector(".flash")).getText()).isEqualTo("The opening is posted.");
		WebElement row = browser().findElement(By.xpath("//tr[.//a[contains(., '" + word + "')]]"));
		assertThat(row.getText()).contains("Open").contains("Rovaniemi");

		String found = awaitSearch(word);
		assertThat(found).contains("Kirvesmies " + word).contains("\"direct:");
	}

	private String awaitSearch(String word) throws Exception {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
		while (true) {
			String body = this.mvc.perform(get("/api/postings").param("q", word))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (!body.contains("\"totalHits\":0")) {
				return body;
			}
			assertThat(Instant.now()).as("the opening reaches the search in time").isBefore(giveUp);
			Thread.sleep(50);
		}
	}

	private void type(String id, String text) {
		browser().findElement(By.id(id)).sendKeys(text);
	}

	private void submit() {
		clickAndAwaitNextPage(browser().findElement(By.cssSelector("main form button[type=submit]")));
	}

	/**
	 * @return a Y-tunnus no other test registered: six random digits, the leading zero
	 * and the check digit
	 */
	private static String uniqueFinnishBusinessId() {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2 };
		while (true) {
			String body = "%07d".formatted(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (body.charAt(i) - '0') * weights[i];
			}
			int remainder = sum % 11;
			if (remainder != 1) {
				return body + "-" + ((remainder == 0) ? 0 : 11 - remainder);
			}
		}
	}

}
