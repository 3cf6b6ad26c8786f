package io.arcticmatch.web.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A language the pages are written in. Norwegian arrives as {@code nb}, {@code nn} or
 * {@code no}; every one of them gets bokmål.
 */
public enum SupportedLanguage {

	NORWEGIAN_BOKMAL("nb", "no", "nn"), SWEDISH("sv"), FINNISH("fi"), ENGLISH("en");

	private final Locale locale;

	private final List<String> alsoAccepted;

	SupportedLanguage(String tag, String... alsoAccepted) {
		this.locale = Locale.forLanguageTag(tag);
		this.alsoAccepted = List.of(alsoAccepted);
	}

	public Locale locale() {
		return this.locale;
	}

	public String tag() {
		return this.locale.toLanguageTag();
	}

	/**
	 * @param locale any locale, e.g. from a browser
	 * @return the supported language for it, or Norwegian bokmål when none fits
	 */
	public static SupportedLanguage closestTo(Locale locale) {
		String language = locale.getLanguage();
		return Arrays.stream(values())
			.filter((supported) -> supported.locale.getLanguage().equals(language)
					|| supported.alsoAccepted.contains(language))
			.findFirst()
			.orElse(NORWEGIAN_BOKMAL);
	}

}
