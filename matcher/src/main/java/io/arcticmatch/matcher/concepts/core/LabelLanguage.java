package io.arcticmatch.matcher.concepts.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages labels come in. Concept labels use {@link #NB}, {@link #SV}, {@link #FI}
 * and {@link #EN}; place names also use the Sámi languages, Kven and Meänkieli.
 */
public enum LabelLanguage {

	/** Norwegian Bokmål. */
	NB("nb"),
	/** Swedish. */
	SV("sv"),
	/** Finnish. */
	FI("fi"),
	/** English, the fallback when a label is missing in the asked language. */
	EN("en"),
	/** Northern Sámi. */
	SE("se"),
	/** Lule Sámi. */
	SMJ("smj"),
	/** Southern Sámi. */
	SMA("sma"),
	/** Inari Sámi. */
	SMN("smn"),
	/** Skolt Sámi. */
	SMS("sms"),
	/** Kven. */
	FKV("fkv"),
	/** Meänkieli (Tornedalen Finnish). */
	FIT("fit");

	private final String tag;

	LabelLanguage(String tag) {
		this.tag = tag;
	}

	/**
	 * The BCP 47 language tag, e.g. {@code nb} or {@code smj}.
	 * @return the tag
	 */
	public String tag() {
		return this.tag;
	}

	/**
	 * The language of a BCP 47 tag or ISO 639 code; {@code no} and {@code nob} count as
	 * Bokmål, {@code sme} as Northern Sámi.
	 * @param tag a tag such as {@code nb}, {@code nb-NO}, {@code sv_SE} or {@code sme}
	 * @return the language, or empty if it is not one labels come in
	 */
	public static Optional<LabelLanguage> fromTag(String tag) {
		String primary = primarySubtag(tag.strip().toLowerCase(Locale.ROOT));
		return switch (primary) {
			case "nb", "nob", "no", "nor", "nn", "nno" -> Optional.of(NB);
			case "sv", "swe" -> Optional.of(SV);
			case "fi", "fin" -> Optional.of(FI);
			case "en", "eng" -> Optional.of(EN);
			case "se", "sme" -> Optional.of(SE);
			case "smj" -> Optional.of(SMJ);
			case "sma" -> Optional.of(SMA);
			case "smn" -> Optional.of(SMN);
			case "sms" -> Optional.of(SMS);
			case "fkv" -> Optional.of(FKV);
			case "fit" -> Optional.of(FIT);
			default -> Optional.empty();
		};
	}

	/**
	 * The tag up to its first '-' or '_' (a split by pattern is compiled on each call).
	 */
	private static String primarySubtag(String tag) {
		for (int i = 0; i < tag.length(); i++) {
			char c = tag.charAt(i);
			if (c == '-' || c == '_') {
				return tag.substring(0, i);
			}
		}
		return tag;
	}

}
