package io.arcticmatch.web.i18n;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the languages its switcher offers, each as a link to the same page
 * with the same query (a search, a page number) in that language.
 */
@ControllerAdvice
class LanguageSwitcher {

	/**
	 * @param language the language offered
	 * @param href the current page and query in that language, relative to the server
	 */
	public record LanguageLink(SupportedLanguage language, String href) {

	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languages(HttpServletRequest request) {
		// the request is read once, not once a language: every page pays for this
		UriComponentsBuilder here = ServletUriComponentsBuilder.fromRequest(request).scheme(null).host(null).port(null);
		return List.of(SupportedLanguage.values())
			.stream()
			.map((language) -> new LanguageLink(language,
					here.cloneBuilder().replaceQueryParam("lang", language.tag()).build().toUriString()))
			.toList();
	}

}
