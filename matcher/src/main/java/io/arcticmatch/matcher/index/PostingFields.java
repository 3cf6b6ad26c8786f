package io.arcticmatch.matcher.index;

import java.time.Clock;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.place.Places;
import io.arcticmatch.matcher.posting.CurrencyRates;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.InvalidPostingQuery;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingQuery.SalaryFilter;
import io.arcticmatch.matcher.posting.Salary;
import org.jspecify.annotations.Nullable;

/**
 * The fields both posting stores index, and how a posting's values become field values.
 * Both stores take names and derivations from here, so a filter means the same in each.
 */
public final class PostingFields {

	public static final String ID = "id";

	/** Per-language text fields: {@code title_nb}, {@code title_sv}, ... */
	public static final String TITLE = "title";

	public static final String DESCRIPTION = "description";

	public static final String EMPLOYER = "employer";

	public static final String STATUS = "status";

	public static final String PUBLISHED = "published";

	public static final String DEADLINE = "deadline";

	public static final String COUNTRY = "country";

	public static final String REGION = "region";

	public static final String MUNICIPALITY = "municipality";

	/** Municipality, region and country place ids together, for places named in text. */
	public static final String PLACE = "place";

	/** The occupation concept id (ESCO URI or ISCO group concept). */
	public static final String OCCUPATION = "occupation";

	/** The occupation's ISCO-08 code and all its parent groups (1 to 4 digits). */
	public static final String ISCO = "isco";

	/** The ISCO-08 unit group (4 digits) alone, for the occupation facet. */
	public static final String ISCO_UNIT = "isco_unit";

	public static final String SKILL = "skill";

	public static final String WORKING_LANGUAGE = "working_language";

	public static final String DRIVING_LICENCE = "driving_licence";

	public static final String EMPLOYMENT_TYPE = "employment_type";

	public static final String REMOTE = "remote";

	/** The stated salary as euros per month, see {@code CurrencyRates}. */
	public static final String SALARY_MIN = "salary_min";

	public static final String SALARY_MAX = "salary_max";

	public static final String LOCATION = "location";

	/** Title words weigh most, then the employer, then the ad text. */
	public static final float TITLE_WEIGHT = 3f;

	public static final float EMPLOYER_WEIGHT = 2f;

	public static final float DESCRIPTION_WEIGHT = 1f;

	/**
	 * A posting of an occupation named in the query scores like a strong title match,
	 * whatever the language of its text.
	 */
	public static final float SAME_OCCUPATION_SCORE = 4f;

	/**
	 * One of the same ISCO unit group, e.g. a specialist nurse for "nurse", a bit less.
	 */
	public static final float SAME_ISCO_GROUP_SCORE = 2f;

	/**
	 * A similar posting that shares a title word: a constant, so that sharing the
	 * occupation or its group always ranks higher, however rare the word.
	 */
	public static final float SIMILAR_TITLE_SCORE = 1f;

	/** A posting in a place named in the query scores like a title match. */
	public static final float NAMED_PLACE_SCORE = 3f;

	private static final long MILLIS_PER_MINUTE = 60_000;

	private PostingFields() {
	}

	/**
	 * "Now" for filters on deadlines and publication dates, to the minute: such a filter
	 * is then the same query for a minute, so both stores can cache its matches instead
	 * of evaluating it for every search. A deadline passed within the minute is still
	 * found for those seconds.
	 * @param clock the store's clock
	 * @return epoch milliseconds, rounded down to the minute
	 */
	public static long searchTime(Clock clock) {
		long millis = clock.millis();
		return millis - Math.floorMod(millis, MILLIS_PER_MINUTE);
	}

	/**
	 * The text field of a language.
	 * @param field {@link #TITLE} or {@link #DESCRIPTION}
	 * @param language the analysis language
	 * @return e.g. {@code title_sv}
	 */
	public static String textField(String field, TextLanguage language) {
		return field + "_" + language.suffix();
	}

	/**
	 * The ISCO codes a posting is found by: its own and every parent group.
	 * @param code an ISCO-08 code of 1 to 4 digits
	 * @return e.g. {@code 2, 22, 222, 2221} for 2221
	 */
	public static List<String> iscoGroups(String code) {
		List<String> groups = new ArrayList<>(code.length());
		for (int length = 1; length <= code.length(); length++) {
			groups.add(code.substring(0, length));
		}
		return groups;
	}

	/**
	 * @param place where a posting is
	 * @return the region's place id, or null when the region is unknown
	 */
	public static @Nullable String regionId(PostingPlace place) {
		return (place.regionCode() != null) ? Places.regionId(place.country(), place.regionCode()) : null;
	}

	/**
	 * @param place where a posting is
	 * @return the municipality's place id, or null when the municipality is unknown
	 */
	public static @Nullable String municipalityId(PostingPlace place) {
		return (place.municipalityCode() != null) ? Places.municipalityId(place.country(), place.municipalityCode())
				: null;
	}

	/**
	 * @param place where a posting is
	 * @return the place ids it is found by: municipality, region and country, as known
	 */
	public static List<String> placeIds(PostingPlace place) {
		List<String> ids = new ArrayList<>(3);
		ids.add(Places.countryId(place.country()));
		String region = regionId(place);
		if (region != null) {
			ids.add(region);
		}
		String municipality = municipalityId(place);
		if (municipality != null) {
			ids.add(municipality);
		}
		return ids;
	}

	/**
	 * The ad text without markup, as both stores index it. Descriptions are sanitised
	 * HTML; tags and entities would otherwise be searchable words.
	 * @param posting the posting
	 * @return its description as plain text
	 */
	public static String descriptionText(JobPosting posting) {
		return HtmlText.strip(posting.description());
	}

	/**
	 * A posting's salary as both stores index it: euros per month, lowest and highest.
	 * @param posting the posting
	 * @param rates the exchange rates
	 * @return the range; empty when the ad states no salary, or one in a currency without
	 * a rate, which cannot be compared (the stored posting keeps it)
	 */
	public static Optional<EurPerMonth> salary(JobPosting posting, CurrencyRates rates) {
		Salary salary = posting.salary();
		if (salary == null || !rates.knows(salary.currency())) {
			return Optional.empty();
		}
		return Optional.of(new EurPerMonth(rates.eurPerMonth(salary.min(), salary.currency(), salary.period()),
				rates.eurPerMonth(salary.upper(), salary.currency(), salary.period())));
	}

	/**
	 * A salary filter's bounds as both stores compare them.
	 * @param filter the filter
	 * @param rates the exchange rates
	 * @return euros per month; a bound the filter leaves open is null
	 * @throws InvalidPostingQuery when the filter's currency has no rate
	 */
	public static SalaryBounds salaryBounds(SalaryFilter filter, CurrencyRates rates) {
		if (!rates.knows(filter.currency())) {
			throw new InvalidPostingQuery("Salaries cannot be compared in %s; use one of %s"
				.formatted(filter.currency(), rates.eurPerUnit().keySet()));
		}
		return new SalaryBounds(eurPerMonth(filter.min(), filter, rates), eurPerMonth(filter.max(), filter, rates));
	}

	private static @Nullable Double eurPerMonth(@Nullable BigDecimal amount, SalaryFilter filter, CurrencyRates rates) {
		return (amount != null) ? rates.eurPerMonth(amount, filter.currency(), filter.period()) : null;
	}

	/**
	 * A stated salary in euros per month.
	 *
	 * @param min the lowest amount
	 * @param max the highest amount (the same for a single amount)
	 */
	public record EurPerMonth(double min, double max) {
	}

	/**
	 * The bounds of a salary filter in euros per month.
	 *
	 * @param min the least pay wanted, or null
	 * @param max the most, or null
	 */
	public record SalaryBounds(@Nullable Double min, @Nullable Double max) {
	}

	/**
	 * The field a facet counts.
	 * @param facet the facet
	 * @return its field
	 */
	public static String facetField(Facet facet) {
		return switch (facet) {
			case COUNTRY -> COUNTRY;
			case REGION -> REGION;
			case MUNICIPALITY -> MUNICIPALITY;
			case OCCUPATION -> ISCO_UNIT;
			case EMPLOYMENT_TYPE -> EMPLOYMENT_TYPE;
			case WORKING_LANGUAGE -> WORKING_LANGUAGE;
			case DRIVING_LICENCE -> DRIVING_LICENCE;
			case REMOTE -> REMOTE;
		};
	}

	/**
	 * The language a posting's text is analysed in.
	 * @param posting the posting
	 * @return its language, {@link TextLanguage#OTHER} when none of ours
	 */
	public static TextLanguage textLanguage(JobPosting posting) {
		return TextLanguage.of(posting.language());
	}

	/**
	 * The languages posting text is analysed in: each has its stop words and stemmer, and
	 * all fold diacritics (ICU folding) after stemming, so "tromso" finds "Tromsø".
	 */
	public enum TextLanguage {

		NB("nb"), NN("nn"), SV("sv"), FI("fi"), EN("en"),
		/** Sámi and anything else: no stemming, only folding. */
		OTHER("other");

		private final String suffix;

		TextLanguage(String suffix) {
			this.suffix = suffix;
		}

		public String suffix() {
			return this.suffix;
		}

		/**
		 * @param code an ISO 639-1 code such as {@code nb}, {@code no} or {@code sv}
		 * @return the analysis language for it
		 */
		public static TextLanguage of(String code) {
			return switch (code.toLowerCase(Locale.ROOT)) {
				case "nb", "no" -> NB;
				case "nn" -> NN;
				case "sv" -> SV;
				case "fi" -> FI;
				case "en" -> EN;
				default -> OTHER;
			};
		}

	}

}
