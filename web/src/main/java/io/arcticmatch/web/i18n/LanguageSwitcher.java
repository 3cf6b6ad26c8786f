package io.arcticmatch.web.i18n;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the languages its switcher offers.
 */
@ControllerAdvice
class LanguageSwitcher {

	@ModelAttribute("languages")
	List<SupportedLanguage> languages() {
		return List.of(SupportedLanguage.values());
	}

}
