package io.arcticmatch.matcher.concepts.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The labels of a concept: at most one preferred label per language plus any number of
 * alternative labels. Asking for a language that has no preferred label falls back to
 * English, then to any language; {@link #missing()} tells which languages fell back.
 *
 * @param preferred the preferred label per language
 * @param alternatives alternative labels, in no particular order
 */
public record Labels(Map<LabelLanguage, String> preferred, List<Label> alternatives) {

	private static final List<LabelLanguage> FALLBACK = List.of(LabelLanguage.EN, LabelLanguage.NB, LabelLanguage.SV,
			LabelLanguage.FI);

	/** The languages every concept should be labelled in. */
	public static final Set<LabelLanguage> CORE_LANGUAGES = Collections
		.unmodifiableSet(EnumSet.of(LabelLanguage.NB, LabelLanguage.SV, LabelLanguage.FI, LabelLanguage.EN));

	public Labels {
		EnumMap<LabelLanguage, String> copy = new EnumMap<>(LabelLanguage.class);
		copy.putAll(preferred);
		preferred = Collections.unmodifiableMap(copy);
		alternatives = List.copyOf(alternatives);
		if (preferred.isEmpty()) {
			throw new IllegalArgumentException("A concept needs at least one preferred label");
		}
	}

	/**
	 * Labels with one preferred label.
	 * @param language its language
	 * @param text the label
	 * @return the labels
	 */
	public static Labels of(LabelLanguage language, String text) {
		return new Labels(Map.of(language, text), List.of());
	}

	/**
	 * The preferred label in a language, falling back to English and then to any
	 * language.
	 * @param language the language asked for
	 * @return the label to show
	 */
	public String get(LabelLanguage language) {
		String own = this.preferred.get(language);
		if (own != null) {
			return own;
		}
		for (LabelLanguage fallback : FALLBACK) {
			String text = this.preferred.get(fallback);
			if (text != null) {
				return text;
			}
		}
		return this.preferred.values().iterator().next();
	}

	/**
	 * The preferred label in exactly this language.
	 * @param language the language
	 * @return the label, or empty if the data has none in that language
	 */
	public Optional<String> find(LabelLanguage language) {
		return Optional.ofNullable(this.preferred.get(language));
	}

	/**
	 * The core languages ({@link #CORE_LANGUAGES}) with no preferred label, i.e. where
	 * {@link #get} falls back.
	 * @return the missing languages
	 */
	public Set<LabelLanguage> missing() {
		EnumSet<LabelLanguage> missing = EnumSet.copyOf(CORE_LANGUAGES);
		missing.removeAll(this.preferred.keySet());
		return missing;
	}

	/**
	 * Every label, preferred ones first, without duplicates.
	 * @return all labels
	 */
	public List<Label> all() {
		Set<Label> all = new LinkedHashSet<>();
		this.preferred.forEach((language, text) -> all.add(new Label(text, language, true)));
		all.addAll(this.alternatives);
		return List.copyOf(all);
	}

	/**
	 * A builder that ignores blank labels and duplicates.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Collects labels while data is read.
	 */
	public static final class Builder {

		private final Map<LabelLanguage, String> preferred = new EnumMap<>(LabelLanguage.class);

		private final Set<Label> alternatives = new LinkedHashSet<>();

		private Builder() {
		}

		/**
		 * Sets the preferred label of a language unless one is set already; a second one
		 * becomes an alternative.
		 * @param language the language
		 * @param text the label, ignored if null or blank
		 * @return this builder
		 */
		public Builder preferred(LabelLanguage language, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return this;
			}
			String clean = text.strip();
			String existing = this.preferred.putIfAbsent(language, clean);
			if (existing != null && !existing.equals(clean)) {
				alternative(language, clean);
			}
			return this;
		}

		/**
		 * Adds an alternative label.
		 * @param language the language
		 * @param text the label, ignored if null or blank
		 * @return this builder
		 */
		public Builder alternative(LabelLanguage language, @Nullable String text) {
			if (text != null && !text.isBlank()) {
				String clean = text.strip();
				if (!clean.equals(this.preferred.get(language))) {
					this.alternatives.add(new Label(clean, language, false));
				}
			}
			return this;
		}

		/**
		 * Whether no preferred label has been set.
		 * @return true if empty
		 */
		public boolean isEmpty() {
			return this.preferred.isEmpty();
		}

		/**
		 * The labels collected so far.
		 * @return the labels
		 */
		public Labels build() {
			List<Label> alternatives = new ArrayList<>(this.alternatives);
			alternatives.removeIf((label) -> label.text().equals(this.preferred.get(label.language())));
			return new Labels(this.preferred, alternatives);
		}

	}

}
