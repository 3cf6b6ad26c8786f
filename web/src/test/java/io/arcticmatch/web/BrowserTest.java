package io.arcticmatch.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium against the running application. Chromium and chromedriver are
 * Debian's ({@code apt install chromium chromium-driver}, which {@code .ci/run} does);
 * the driver is started explicitly so Selenium never looks for one on the network.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	@LocalServerPort
	private int port;

	private ChromeDriverService service;

	private WebDriver browser;

	/** Chromium's profile folder, one per test class, deleted when the browser stops. */
	private Path profile;

	private String axe;

	@BeforeAll
	void startBrowser() throws IOException {
		File chromedriver = new File(System.getProperty("arctic.chromedriver", "/usr/bin/chromedriver"));
		String chromium = System.getProperty("arctic.chromium", "/usr/bin/chromium");
		if (!chromedriver.canExecute() || !new File(chromium).canExecute()) {
			throw new IllegalStateException("Browser tests need %s and %s: apt-get install chromium chromium-driver"
				.formatted(chromium, chromedriver));
		}
		this.profile = Files.createTempDirectory("arctic-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(chromium)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900", "--user-data-dir=" + this.profile);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
		this.browser = new ChromeDriver(this.service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.service != null) {
			this.service.stop();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	protected WebDriver browser() {
		return this.browser;
	}

	/**
	 * Signs in through the sign-in page, as a person would; signs out first if someone is
	 * signed in.
	 * @param email the account's e-mail
	 * @param password its password
	 */
	protected void signIn(String email, String password) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.name("username")).sendKeys(email);
		this.browser.findElement(By.name("password")).sendKeys(password);
		clickAndAwaitNextPage(this.browser.findElement(By.cssSelector("main form button[type=submit]")));
	}

	/**
	 * Clicks what leads to another page (a link, a form's button) and waits until that
	 * page has replaced this one, so that what the test reads next is the new page, never
	 * the old one still on screen.
	 * @param element the link or button
	 */
	protected void clickAndAwaitNextPage(WebElement element) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

	/**
	 * Opens a page of the application.
	 * @param pathAndQuery e.g. {@code /?lang=sv}
	 */
	protected void open(String pathAndQuery) {
		this.browser.get("http://localhost:" + this.port + pathAndQuery);
	}

	/**
	 * Runs axe-core on the page in the browser and fails, naming each rule, its help and
	 * the offending elements, if it finds a serious or critical violation.
	 */
	protected void assertAccessible() {
		List<String> violations = accessibilityViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError("Serious or critical accessibility violations on %s:%n%s"
				.formatted(this.browser.getCurrentUrl(), String.join(System.lineSeparator(), violations)));
		}
	}

	/**
	 * Injects axe-core (the npm tarball the build unpacks into {@code target/axe-core})
	 * into the page on screen and runs all its rules there.
	 * @return one entry per serious or critical violation, with the rule, its help and
	 * the offending elements' selectors and markup; empty if there are none
	 */
	protected List<String> accessibilityViolations() {
		return axe().violations();
	}

	/**
	 * Runs axe-core on the page on screen.
	 * @return its serious and critical violations, and the serious and critical checks it
	 * could not decide on its own (a colour contrast over a background image, say), for a
	 * person to review
	 */
	@SuppressWarnings("unchecked")
	protected AxeResults axe() {
		JavascriptExecutor script = (JavascriptExecutor) this.browser;
		if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object'"))) {
			script.executeScript(axeSource());
		}
		Object result = script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const describe = (list) => list
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
						nodes: v.nodes.map((n) => n.target.join(' ') + '  ' + n.html.substring(0, 200) + '  '
							+ [...n.any, ...n.all, ...n.none].map((c) => c.message).filter((m) => m).join(' ')) }));
				axe.run(document, { resultTypes: ['violations', 'incomplete'] })
					.then((results) => done({ violations: describe(results.violations),
						incomplete: describe(results.incomplete) }))
					.catch((error) => done('axe failed: ' + error));
				""");
		if (result instanceof String error) {
			throw new AssertionError(error);
		}
		Map<String, Object> results = (Map<String, Object>) result;
		return new AxeResults(lines((List<Map<String, Object>>) results.get("violations")),
				lines((List<Map<String, Object>>) results.get("incomplete")));
	}

	@SuppressWarnings("unchecked")
	private static List<String> lines(List<Map<String, Object>> results) {
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> result : results) {
			StringBuilder line = new StringBuilder(
					"  [%s] %s: %s".formatted(result.get("impact"), result.get("id"), result.get("help")));
			for (Object node : (List<Object>) result.get("nodes")) {
				line.append(System.lineSeparator()).append("      ").append(node);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private String axeSource() {
		if (this.axe == null) {
			// the build passes the path; the default is where it unpacks axe-core when
			// run from web/
			Path path = Path.of(System.getProperty("arctic.axe-core", "target/axe-core/package/axe.min.js"));
			try {
				this.axe = Files.readString(path);
			}
			catch (IOException ex) {
				throw new IllegalStateException(
						"No axe-core at %s: run the Maven build once (generate-test-resources fetches it)"
							.formatted(path.toAbsolutePath()),
						ex);
			}
		}
		return this.axe;
	}

	/**
	 * What axe-core found on a page, one entry per rule with its elements.
	 *
	 * @param violations serious or critical violations
	 * @param toReview serious or critical checks axe-core could not decide
	 */
	protected record AxeResults(List<String> violations, List<String> toReview) {

	}

}
