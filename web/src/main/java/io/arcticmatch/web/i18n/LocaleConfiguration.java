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

/**
 * A visitor's language: their choice ({@code ?lang=sv}, kept a year in a cookie), else
 * the browser's preference, always one of the {@link SupportedLanguage}s. A signed-in
 * person's account keeps the language they use, for their mails
 * ({@link AccountLanguages}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	private final AccountLanguages accountLanguages;

	LocaleConfiguration(AccountLanguages accountLanguages) {
		this.accountLanguages = accountLanguages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver cookie = new CookieLocaleResolver("arctic-lang");
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setDefaultLocaleFunction((request) -> SupportedLanguage.closestTo(request.getLocale()).locale());
		return new SupportedLocaleResolver(cookie);
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
	 * Narrows whatever the cookie or the browser says to a language the pages exist in.
	 */
	private record SupportedLocaleResolver(CookieLocaleResolver cookie) implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return SupportedLanguage.closestTo(this.cookie.resolveLocale(request)).locale();
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			this.cookie.setLocale(request, response,
					(locale != null) ? SupportedLanguage.closestTo(locale).locale() : null);
		}

	}

}
