package io.arcticmatch.matcher.matching;

import java.util.Objects;

import io.arcticmatch.matcher.concepts.language.CefrLevel;

/**
 * A language a job seeker speaks, and how well.
 *
 * @param languageCode the ISO 639 code (639-1 where one exists: nb, sv, fi, en, se, ...)
 * @param level the seeker's level
 */
public record LanguageSkill(String languageCode, CefrLevel level) {

	public LanguageSkill {
		Objects.requireNonNull(languageCode, "languageCode");
		Objects.requireNonNull(level, "level");
	}

}
