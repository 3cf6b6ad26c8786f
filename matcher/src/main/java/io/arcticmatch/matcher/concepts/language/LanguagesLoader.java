package io.arcticmatch.matcher.concepts.language;

import java.util.HashMap;
import java.util.Map;

import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.CsvTable;
import io.arcticmatch.matcher.concepts.core.Label;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;
import io.arcticmatch.matcher.concepts.core.TextNormalizer;

/**
 * Builds {@link Languages} from the shipped data files (see
 * {@code concepts/ATTRIBUTION.md}).
 */
public final class LanguagesLoader {

	/** ISO 639 languages with en/nb/sv/fi names. */
	public static final String LANGUAGES = "upstream/languages_iso639.csv";

	/** CEFR levels against NAV's and JobTech's level words. */
	public static final String LEVELS = "upstream/language_levels_cefr.csv";

	private LanguagesLoader() {
	}

	/**
	 * Reads the languages and levels.
	 * @param data where the files are
	 * @return the languages
	 */
	public static Languages load(ConceptData data) {
		Map<String, Language> byCode = new HashMap<>();
		Map<String, Language> byName = new HashMap<>();
		for (CsvTable.Row row : data.table(LANGUAGES).named()) {
			String three = row.get("iso639_2");
			String two = row.optional("iso639_1");
			Labels labels = Labels.builder()
				.preferred(LabelLanguage.EN, row.get("name_en"))
				.preferred(LabelLanguage.NB, row.optional("name_nb"))
				.preferred(LabelLanguage.SV, row.optional("name_sv"))
				.preferred(LabelLanguage.FI, row.optional("name_fi"))
				.build();
			Language language = new Language("iso639:" + three, three, two, labels);
			byCode.put(three, language);
			if (two != null) {
				byCode.put(two, language);
			}
			for (Label label : labels.all()) {
				byName.putIfAbsent(TextNormalizer.normalize(label.text()), language);
			}
			for (Label label : labels.all()) {
				byName.putIfAbsent(TextNormalizer.fold(label.text()), language);
			}
		}
		// codes the list spells differently: Northern Sámi's 639-2 code, Norwegian
		// variants
		alias(byCode, "sme", "se");
		alias(byCode, "nob", "nb");
		alias(byCode, "nno", "nn");
		alias(byCode, "nor", "no");

		Map<String, CefrRange> nav = new HashMap<>();
		Map<String, CefrRange> jobTech = new HashMap<>();
		Map<String, CefrRange> jobTechIds = new HashMap<>();
		for (CsvTable.Row row : data.table(LEVELS).named()) {
			CefrLevel level = CefrLevel.fromCode(row.get("cefr")).orElseThrow();
			CefrRange single = CefrRange.of(level);
			nav.merge(TextNormalizer.normalize(row.get("nav_cv_level_nb_approx")), single, CefrRange::span);
			jobTech.merge(TextNormalizer.normalize(row.get("jobtech_level_sv_approx")), single, CefrRange::span);
			jobTechIds.merge(row.get("jobtech_concept_id"), single, CefrRange::span);
		}
		// NAV also says just "Morsmål" or "Førstespråk"
		CefrRange nativeLevel = CefrRange.of(CefrLevel.NATIVE);
		nav.putIfAbsent("morsmål", nativeLevel);
		nav.putIfAbsent("førstespråk", nativeLevel);
		return new Languages(byCode, byName, nav, jobTech, jobTechIds);
	}

	private static void alias(Map<String, Language> byCode, String alias, String code) {
		Language language = byCode.get(code);
		if (language != null) {
			byCode.putIfAbsent(alias, language);
		}
	}

}
