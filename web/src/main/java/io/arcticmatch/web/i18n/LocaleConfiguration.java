package io.arcticmatch.web.i18n;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * A visitor's language: their choice on this device ({@code ?lang=sv}, kept a year in a
 * cookie), else the language a signed-in person's account keeps, else the browser's
 * preference, always one of the {@link SupportedLanguage}s.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	private static final String COOKIE = "arctic-lang";

	/**
	 * Set on a request that chooses a language, before its cookie reaches the browser.
	 */
	private static final String CHOSEN_NOW = LocaleConfiguration.class.getName() + ".chosen";

	private final AccountLanguages accountLanguages;

	LocaleConfiguration(AccountLanguages accountLanguages) {
		this.accountLanguages = accountLanguages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setDefaultLocaleFunction((request) -> SupportedLanguage.closestTo(request.getLocale()).locale());
		return new SupportedLocaleResolver(cookie, this.accountLanguages);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		// after the change, so that a new choice is what the account keeps
		registry.addInterceptor(this.accountLanguages);
	}

	/**
	 * Narrows whatever the cookie, the account or the browser says to a language the
	 * pages exist in.
	 */
	private record SupportedLocaleResolver(CookieLocaleResolver cookie,
			AccountLanguages accountLanguages) implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			boolean chosenOnThisDevice = WebUtils.getCookie(request, COOKIE) != null
					|| request.getAttribute(CHOSEN_NOW) != null;
			Locale kept = chosenOnThisDevice ? null : this.accountLanguages.signedInLanguage(request);
			return SupportedLanguage.closestTo((kept != null) ? kept : this.cookie.resolveLocale(request)).locale();
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			request.setAttribute(CHOSEN_NOW, Boolean.TRUE);
			this.cookie.setLocale(request, response,
					(locale != null) ? SupportedLanguage.closestTo(locale).locale() : null);
		}

	}

}
