package io.arcticmatch.matcher.concepts.language;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.Known;
import io.arcticmatch.matcher.concepts.core.MatchConfidence;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Languages by code or name, and language levels from CEFR codes and the level words of
 * NAV and JobTech. Immutable and thread-safe; built once by {@link LanguagesLoader}.
 * <p>
 * The level words are coarser than CEFR, so they give a {@link CefrRange}; the mapping is
 * an approximation made for this project (see {@code language_levels_cefr.csv}) and comes
 * with {@link MatchConfidence#INFERRED}.
 */
public final class Languages {

	private final Map<String, Language> byCode;

	private final Map<String, Language> byName;

	private final Map<String, CefrRange> navLevels;

	private final Map<String, CefrRange> jobTechLevels;

	private final Map<String, CefrRange> jobTechLevelIds;

	Languages(Map<String, Language> byCode, Map<String, Language> byName, Map<String, CefrRange> navLevels,
			Map<String, CefrRange> jobTechLevels, Map<String, CefrRange> jobTechLevelIds) {
		this.byCode = Map.copyOf(byCode);
		this.byName = Map.copyOf(byName);
		this.navLevels = Map.copyOf(navLevels);
		this.jobTechLevels = Map.copyOf(jobTechLevels);
		this.jobTechLevelIds = Map.copyOf(jobTechLevelIds);
	}

	/**
	 * Every language.
	 * @return the languages
	 */
	public Collection<Language> all() {
		return this.byCode.values().stream().distinct().toList();
	}

	/**
	 * A language by its {@link Language#id()}.
	 * @param id {@code iso639:} and the 3-letter code
	 * @return the language
	 */
	public Optional<Language> byId(String id) {
		String code = id.strip();
		return code.startsWith("iso639:") ? Optional.ofNullable(this.byCode.get(code.substring("iso639:".length())))
			.filter((language) -> language.id().equals(code)) : Optional.empty();
	}

	/**
	 * A language by ISO 639-1, 639-2 or 639-3 code or BCP 47 tag ({@code nb-NO}).
	 * @param code the code
	 * @return the language or an unknown code
	 */
	public ConceptMatch<Language> fromIso(@Nullable String code) {
		if (code == null) {
			return ConceptMatch.unknown(CodeSystem.ISO_639, null, null);
		}
		String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
		Language language = this.byCode.get(primary);
		if (language == null) {
			return ConceptMatch.unknown(CodeSystem.ISO_639, code, null);
		}
		return ConceptMatch.exact(language, "ISO 639 " + primary);
	}

	/**
	 * A language by its name in en, nb, sv or fi (e.g. {@code nordsamisk},
	 * {@code meänkieli}, {@code kvensk}, {@code suomi}).
	 * @param name the name
	 * @return the language or an unknown code keeping the name
	 */
	public ConceptMatch<Language> byName(@Nullable String name) {
		Language language = (name != null) ? this.byName.get(TextNormalizer.normalize(name)) : null;
		if (language == null) {
			language = (name != null) ? this.byName.get(TextNormalizer.fold(name)) : null;
		}
		if (language == null) {
			return ConceptMatch.unknown(CodeSystem.LANGUAGE_NAME, name, name);
		}
		return ConceptMatch.exact(language, "language name '" + name + "'");
	}

	/**
	 * A CEFR code ({@code A1} to {@code C2}, {@code native}).
	 * @param code the code
	 * @return the level as a one-level range, or an unknown code
	 */
	public ConceptMatch<CefrRange> levelFromCefr(@Nullable String code) {
		return (code != null)
				? CefrLevel.fromCode(code)
					.<ConceptMatch<CefrRange>>map((level) -> ConceptMatch.exact(CefrRange.of(level), "CEFR " + level))
					.orElseGet(() -> ConceptMatch.unknown(CodeSystem.LANGUAGE_LEVEL, code, null))
				: ConceptMatch.unknown(CodeSystem.LANGUAGE_LEVEL, null, null);
	}

	/**
	 * A level word from a NAV CV or posting: {@code Nybegynner}, {@code Godt},
	 * {@code Veldig godt}, {@code Førstespråk (morsmål)}.
	 * @param word the word
	 * @return the CEFR range or an unknown code
	 */
	public ConceptMatch<CefrRange> levelFromNav(@Nullable String word) {
		return level(this.navLevels, word, "NAV");
	}

	/**
	 * A JobTech language level, by concept id or Swedish word ({@code Lite}, {@code Bra},
	 * {@code Mycket bra}, {@code Flytande}).
	 * @param conceptIdOrWord the concept id or the word
	 * @return the CEFR range or an unknown code
	 */
	public ConceptMatch<CefrRange> levelFromJobTech(@Nullable String conceptIdOrWord) {
		if (conceptIdOrWord != null) {
			CefrRange byId = this.jobTechLevelIds.get(conceptIdOrWord.strip());
			if (byId != null) {
				return new Known<>(byId, MatchConfidence.INFERRED, "JobTech level " + conceptIdOrWord.strip());
			}
		}
		return level(this.jobTechLevels, conceptIdOrWord, "JobTech");
	}

	/**
	 * Any level text: a CEFR code, or a NAV or JobTech level word.
	 * @param text the text
	 * @return the CEFR range or an unknown code
	 */
	public ConceptMatch<CefrRange> level(@Nullable String text) {
		ConceptMatch<CefrRange> cefr = levelFromCefr(text);
		if (cefr.isKnown()) {
			return cefr;
		}
		ConceptMatch<CefrRange> nav = levelFromNav(text);
		return nav.isKnown() ? nav : levelFromJobTech(text);
	}

	private static ConceptMatch<CefrRange> level(Map<String, CefrRange> levels, @Nullable String word, String source) {
		CefrRange range = (word != null) ? levels.get(TextNormalizer.normalize(word)) : null;
		if (range == null) {
			return ConceptMatch.unknown(CodeSystem.LANGUAGE_LEVEL, word, word);
		}
		return new Known<>(range, MatchConfidence.INFERRED,
				source + " level '" + word + "' = CEFR " + range.min() + "-" + range.max() + " (approximation)");
	}

}
