package io.arcticmatch.web.home;

import java.util.Locale;

import io.arcticmatch.web.BrowserTest;
import io.arcticmatch.web.i18n.SupportedLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageBrowserTest extends BrowserTest {

	@Autowired
	private MessageSource messages;

	@ParameterizedTest
	@EnumSource(SupportedLanguage.class)
	void theFrontPageSpeaksEachLanguage(SupportedLanguage language) {
		open("/?lang=" + language.tag());

		assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.tag());
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(text("home.heading", language));
		assertThat(browser().getTitle()).isEqualTo(text("home.title", language));
		assertThat(browser().findElement(By.cssSelector("a[aria-current=true]")).getText())
			.isEqualTo(text("language." + language.tag(), language));
	}

	@ParameterizedTest
	@EnumSource(SupportedLanguage.class)
	void theChosenLanguageIsRememberedOnTheNextPage(SupportedLanguage language) {
		open("/?lang=" + language.tag());

		open("/login");

		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(text("login.heading", language));
	}

	private String text(String key, SupportedLanguage language) {
		Locale locale = language.locale();
		return this.messages.getMessage(key, null, locale);
	}

}
