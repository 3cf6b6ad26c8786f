package io.arcticmatch.web.explanations;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.MatchReason;
import io.arcticmatch.matcher.matching.MatchReasons;
import io.arcticmatch.matcher.matching.MatchScore;
import io.arcticmatch.web.search.ConceptLabels;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link MatchScore} into words in the reader's language. The matcher's reasons
 * carry message keys and raw arguments (concept ids, km, euros per month, days); this
 * class names the concepts through the concept layer, formats the numbers for the locale
 * and fills the messages of the {@code explanations} bundle. Pages use it through the
 * fragment {@code explanations/score :: explanation(score)}.
 */
@Component
public class MatchExplanations {

	/**
	 * What each argument of a reason is, by the reason's key (see {@link MatchReasons}).
	 */
	private static final Map<String, List<Argument>> ARGUMENTS = Map.ofEntries(
			Map.entry(MatchReasons.OCCUPATION_SAME_CONCEPT, List.of(Argument.CONCEPT, Argument.SHARE)),
			Map.entry(MatchReasons.OCCUPATION_SAME_UNIT_GROUP,
					List.of(Argument.CONCEPT, Argument.CONCEPT, Argument.TEXT, Argument.SHARE)),
			Map.entry(MatchReasons.OCCUPATION_SAME_MINOR_GROUP,
					List.of(Argument.CONCEPT, Argument.CONCEPT, Argument.TEXT, Argument.SHARE)),
			Map.entry(MatchReasons.OCCUPATION_SAME_SUB_MAJOR_GROUP,
					List.of(Argument.CONCEPT, Argument.CONCEPT, Argument.TEXT, Argument.SHARE)),
			Map.entry(MatchReasons.OCCUPATION_UNRELATED, List.of(Argument.CONCEPT)),
			Map.entry(MatchReasons.OCCUPATION_EXPERIENCE, List.of(Argument.CONCEPT, Argument.DECIMAL)),
			Map.entry(MatchReasons.SKILL_COVERED, List.of(Argument.CONCEPT)),
			Map.entry(MatchReasons.SKILL_PARTLY_COVERED, List.of(Argument.CONCEPT, Argument.CONCEPT, Argument.SHARE)),
			Map.entry(MatchReasons.SKILL_MISSING, List.of(Argument.CONCEPT)),
			Map.entry(MatchReasons.SKILL_MERIT_COVERED, List.of(Argument.CONCEPT)),
			Map.entry(MatchReasons.SKILL_MERIT_PARTLY_COVERED,
					List.of(Argument.CONCEPT, Argument.CONCEPT, Argument.SHARE)),
			Map.entry(MatchReasons.SKILL_MERIT_MISSING, List.of(Argument.CONCEPT)),
			Map.entry(MatchReasons.LANGUAGE_REQUIRED_HELD, List.of(Argument.LANGUAGE, Argument.TEXT)),
			Map.entry(MatchReasons.LANGUAGE_REQUIRED_MISSING, List.of(Argument.LANGUAGE, Argument.TEXT)),
			Map.entry(MatchReasons.LANGUAGE_ADVANTAGE_HELD, List.of(Argument.LANGUAGE, Argument.TEXT)),
			Map.entry(MatchReasons.LANGUAGE_ADVANTAGE_MISSING, List.of(Argument.LANGUAGE)),
			Map.entry(MatchReasons.LANGUAGE_LEVEL_NOT_STATED, List.of(Argument.TEXT)),
			Map.entry(MatchReasons.LICENCE_HELD, List.of(Argument.CONCEPT, Argument.CONCEPT)),
			Map.entry(MatchReasons.LICENCE_MISSING, List.of(Argument.CONCEPT)),
			Map.entry(MatchReasons.PLACE_WITHIN_COMMUTE, List.of(Argument.KM, Argument.KM, Argument.TEXT)),
			Map.entry(MatchReasons.PLACE_RELOCATION, List.of(Argument.KM, Argument.COUNTRY, Argument.TEXT)),
			Map.entry(MatchReasons.PLACE_TOO_FAR, List.of(Argument.KM, Argument.KM, Argument.TEXT)),
			Map.entry(MatchReasons.PLACE_COUNTRY_NOT_CONSIDERED, List.of(Argument.COUNTRY)),
			Map.entry(MatchReasons.PLACE_DISTANCE_UNKNOWN, List.of(Argument.COUNTRY)),
			Map.entry(MatchReasons.EMPLOYMENT_TYPE_WISHED, List.of(Argument.EMPLOYMENT_TYPE)),
			Map.entry(MatchReasons.EMPLOYMENT_TYPE_NOT_WISHED, List.of(Argument.EMPLOYMENT_TYPE)),
			Map.entry(MatchReasons.EMPLOYMENT_TYPE_NO_PREFERENCE, List.of(Argument.EMPLOYMENT_TYPE)),
			Map.entry(MatchReasons.REMOTE_WISHED, List.of(Argument.REMOTE_MODE)),
			Map.entry(MatchReasons.REMOTE_NOT_WISHED, List.of(Argument.REMOTE_MODE)),
			Map.entry(MatchReasons.REMOTE_NO_PREFERENCE, List.of(Argument.REMOTE_MODE)),
			Map.entry(MatchReasons.SALARY_MEETS_WISH, List.of(Argument.EUROS, Argument.EUROS)),
			Map.entry(MatchReasons.SALARY_BELOW_WISH, List.of(Argument.EUROS, Argument.EUROS)),
			Map.entry(MatchReasons.SALARY_NOT_COMPARABLE, List.of(Argument.TEXT)),
			Map.entry(MatchReasons.FRESHNESS_PUBLISHED, List.of(Argument.COUNT)),
			Map.entry(MatchReasons.DEADLINE_SOON, List.of(Argument.COUNT)),
			Map.entry(MatchReasons.DEADLINE_LATER, List.of(Argument.COUNT)),
			Map.entry(MatchReasons.START_NOT_STATED, List.of(Argument.DATE)),
			Map.entry(MatchReasons.FLOOR, List.of(Argument.DECIMAL)));

	/** Reasons that speak against the match even when they cost no points. */
	private static final Set<String> AGAINST = Set.of(MatchReasons.OCCUPATION_UNRELATED, MatchReasons.SKILL_MISSING,
			MatchReasons.SKILL_MERIT_MISSING, MatchReasons.LANGUAGE_REQUIRED_MISSING,
			MatchReasons.LANGUAGE_ADVANTAGE_MISSING, MatchReasons.LICENCE_MISSING, MatchReasons.PLACE_TOO_FAR,
			MatchReasons.PLACE_COUNTRY_NOT_CONSIDERED, MatchReasons.EMPLOYMENT_TYPE_NOT_WISHED,
			MatchReasons.REMOTE_NOT_WISHED, MatchReasons.SALARY_BELOW_WISH, MatchReasons.DEADLINE_PASSED);

	/**
	 * Reasons whose first argument names something the seeker has that the ad asks for.
	 */
	private static final Set<String> MATCHED_ITEMS = Set.of(MatchReasons.OCCUPATION_SAME_CONCEPT,
			MatchReasons.SKILL_COVERED, MatchReasons.SKILL_PARTLY_COVERED, MatchReasons.SKILL_MERIT_COVERED,
			MatchReasons.SKILL_MERIT_PARTLY_COVERED, MatchReasons.LANGUAGE_REQUIRED_HELD,
			MatchReasons.LANGUAGE_ADVANTAGE_HELD, MatchReasons.LICENCE_HELD);

	/**
	 * Reasons whose first argument names something the ad asks for that the seeker lacks.
	 */
	private static final Set<String> MISSING_ITEMS = Set.of(MatchReasons.SKILL_MISSING,
			MatchReasons.LANGUAGE_REQUIRED_MISSING, MatchReasons.LICENCE_MISSING);

	private static final Set<String> DISTANCES = Set.of(MatchReasons.PLACE_WITHIN_COMMUTE,
			MatchReasons.PLACE_RELOCATION, MatchReasons.PLACE_TOO_FAR);

	private final Concepts concepts;

	private final MessageSource messages;

	MatchExplanations(Concepts concepts, MessageSource messages) {
		this.concepts = concepts;
		this.messages = messages;
	}

	/**
	 * @param score the matcher's score
	 * @param locale the reader's locale
	 * @return the score in words
	 */
	public Explanation explain(MatchScore score, Locale locale) {
		Words words = new Words(locale);
		List<Explanation.Part> parts = new ArrayList<>();
		List<String> matched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> distance = new ArrayList<>();
		for (MatchReason part : score.reasons()) {
			List<Explanation.Line> lines = new ArrayList<>();
			for (MatchReason leaf : leaves(part)) {
				lines.add(new Explanation.Line(words.sentence(leaf), tone(leaf), words.points(leaf.value())));
				if (MATCHED_ITEMS.contains(leaf.key())) {
					matched.add(words.item(leaf));
				}
				else if (MISSING_ITEMS.contains(leaf.key())) {
					missing.add(words.item(leaf));
				}
				else if (DISTANCES.contains(leaf.key())) {
					distance
						.add(words.message("explanation.distance", words.argument(leaf, 0), words.argument(leaf, 2)));
				}
			}
			String title = part.children().isEmpty() ? words.sentence(part) : words.message(part.key() + ".title");
			parts.add(new Explanation.Part(title, words.points(part.value()),
					part.children().isEmpty() ? List.of() : lines));
		}
		List<String> summary = new ArrayList<>();
		if (!matched.isEmpty()) {
			summary.add(words.message("explanation.matched", String.join(", ", matched)));
		}
		if (!missing.isEmpty()) {
			summary.add(words.message("explanation.missing", String.join(", ", missing)));
		}
		summary.addAll(distance);
		return new Explanation(rounded(score), String.join("; ", summary), parts);
	}

	/**
	 * @return the score as a whole number of 100, as badges show it
	 */
	public long rounded(MatchScore score) {
		return Math.round(score.value());
	}

	private static List<MatchReason> leaves(MatchReason reason) {
		if (reason.children().isEmpty()) {
			return List.of(reason);
		}
		List<MatchReason> leaves = new ArrayList<>();
		reason.children().forEach((child) -> leaves.addAll(leaves(child)));
		return leaves;
	}

	private static Explanation.Tone tone(MatchReason reason) {
		if (reason.value() < 0 || AGAINST.contains(reason.key())) {
			return Explanation.Tone.MISSING;
		}
		return (reason.value() > 0) ? Explanation.Tone.MATCHED : Explanation.Tone.NEUTRAL;
	}

	private enum Argument {

		/** A concept id (occupation, skill, licence). */
		CONCEPT,
		/** An ISO 639-1 language code. */
		LANGUAGE,
		/** An ISO 3166 country code. */
		COUNTRY,
		/** A share from 0 to 1, shown as a percentage. */
		SHARE,
		/** Kilometres. */
		KM,
		/** Euros per month. */
		EUROS,
		/** A whole number the message may choose a plural by. */
		COUNT,
		/** A number with at most one decimal. */
		DECIMAL,
		/** An ISO date. */
		DATE,
		/** An employment type's name. */
		EMPLOYMENT_TYPE,
		/** A remote mode's name. */
		REMOTE_MODE,
		/** Shown as it is. */
		TEXT

	}

	/**
	 * Formatting for one reader.
	 */
	private final class Words {

		private final Locale locale;

		private final LabelLanguage language;

		private final NumberFormat decimal;

		private final NumberFormat whole;

		private final NumberFormat percent;

		private final NumberFormat euros;

		Words(Locale locale) {
			this.locale = locale;
			this.language = ConceptLabels.languageOf(locale);
			this.decimal = NumberFormat.getNumberInstance(locale);
			this.decimal.setMaximumFractionDigits(1);
			this.decimal.setRoundingMode(RoundingMode.HALF_UP);
			this.whole = NumberFormat.getIntegerInstance(locale);
			this.whole.setRoundingMode(RoundingMode.HALF_UP);
			this.percent = NumberFormat.getPercentInstance(locale);
			this.euros = NumberFormat.getCurrencyInstance(locale);
			this.euros.setCurrency(Currency.getInstance("EUR"));
			this.euros.setMaximumFractionDigits(0);
		}

		String sentence(MatchReason reason) {
			Object[] arguments = new Object[reason.arguments().size()];
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = argument(reason, i);
			}
			String key = reason.key();
			if (MatchReasons.LANGUAGE_REQUIRED_MISSING.equals(key) && "".equals(reason.arguments().get(1))) {
				key += ".none";
			}
			return message(key, arguments);
		}

		/**
		 * @return the thing a matched or missing reason is about, e.g. "Swedish C1"
		 */
		String item(MatchReason reason) {
			String name = argument(reason, 0).toString();
			boolean withLevel = reason.key().startsWith("match.language.") && reason.arguments().size() > 1
					&& !"".equals(reason.arguments().get(1));
			return withLevel ? name + " " + reason.arguments().get(1) : name;
		}

		Object argument(MatchReason reason, int index) {
			Object value = reason.arguments().get(index);
			List<Argument> kinds = ARGUMENTS.getOrDefault(reason.key(), List.of());
			Argument kind = (index < kinds.size()) ? kinds.get(index) : Argument.TEXT;
			return switch (kind) {
				case CONCEPT -> this.conceptLabel(value.toString());
				case LANGUAGE -> MatchExplanations.this.concepts.languages()
					.fromIso(value.toString())
					.asOptional()
					.map((found) -> found.label(this.language))
					.orElse(value.toString());
				case COUNTRY -> Country.fromCode(value.toString())
					.map((country) -> country.names().get(this.language))
					.orElse(value.toString());
				case SHARE -> this.percent.format(number(value));
				case KM -> this.whole.format(number(value));
				case EUROS -> this.euros.format(number(value));
				case COUNT -> Math.round(number(value));
				case DECIMAL -> this.decimal.format(number(value));
				case DATE -> new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, null)
					.toFormatter(this.locale)
					.format(LocalDate.parse(value.toString()));
				case EMPLOYMENT_TYPE -> message("posting.employmentType." + value);
				case REMOTE_MODE -> message("posting.remote." + value);
				case TEXT -> value.toString();
			};
		}

		String points(double value) {
			String formatted = this.decimal.format(Math.abs(value));
			if (Math.abs(value) < 0.05) {
				return formatted;
			}
			return ((value > 0) ? "+" : "\u2212") + formatted;
		}

		String message(String key, Object... arguments) {
			return MatchExplanations.this.messages.getMessage(key, arguments, key, this.locale);
		}

		private String conceptLabel(String id) {
			return MatchExplanations.this.concepts.byId(id)
				.map((Concept concept) -> concept.label(this.language))
				.orElse(id);
		}

		private static double number(Object value) {
			return (value instanceof Number number) ? number.doubleValue() : Double.parseDouble(value.toString());
		}

	}

}
