package io.arcticmatch.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

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

	@BeforeAll
	void startBrowser() throws IOException {
		File chromedriver = new File(System.getProperty("arctic.chromedriver", "/usr/bin/chromedriver"));
		String chromium = System.getProperty("arctic.chromium", "/usr/bin/chromium");
		if (!chromedriver.canExecute() || !new File(chromium).canExecute()) {
			throw new IllegalStateException("Browser tests need %s and %s: apt-get install chromium chromium-driver"
				.formatted(chromium, chromedriver));
		}
		Path profile = Files.createTempDirectory("arctic-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(chromium)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900", "--user-data-dir=" + profile);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
		this.browser = new ChromeDriver(this.service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.service != null) {
			this.service.stop();
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

}
