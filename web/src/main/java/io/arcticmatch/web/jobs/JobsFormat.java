package io.arcticmatch.web.jobs;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.web.search.ConceptLabels;

/**
 * Writes dates, numbers and amounts the way the reader's language does. Dates are shown
 * in the job's own country's time zone, as a deadline "31 January" means there.
 * <p>
 * One is made per request and used for all it shows (a search page writes some 150
 * numbers and dates): it keeps its formatters, whose making cost more than the
 * formatting. Not for sharing between threads, as {@link NumberFormat} is not.
 */
final class JobsFormat {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final Locale locale;

	private final LabelLanguage language;

	private final DateTimeFormatter dates;

	private final NumberFormat integers;

	/**
	 * @param locale the reader's locale
	 */
	JobsFormat(Locale locale) {
		this.locale = locale;
		this.language = ConceptLabels.languageOf(locale);
		// the language's medium date pattern, looked up once: a localized formatter
		// looks it up again on every date it writes
		this.dates = DateTimeFormatter.ofPattern(DateTimeFormatterBuilder
			.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale), locale);
		this.integers = NumberFormat.getIntegerInstance(locale);
	}

	/**
	 * @return the language concepts' labels are shown in
	 */
	LabelLanguage language() {
		return this.language;
	}

	/**
	 * @return the reader's locale
	 */
	Locale locale() {
		return this.locale;
	}

	static ZoneId zoneOf(Country country) {
		return switch (country) {
			case NO -> OSLO;
			case SE -> STOCKHOLM;
			case FI -> HELSINKI;
		};
	}

	String date(Instant instant, Country country) {
		return this.dates.format(instant.atZone(zoneOf(country)));
	}

	String number(long value) {
		return this.integers.format(value);
	}

	String decimal(double value, int fractionDigits) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(value);
	}

	String amount(BigDecimal amount, java.util.Currency currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(currency);
		format.setMaximumFractionDigits((amount.stripTrailingZeros().scale() > 0) ? 2 : 0);
		format.setMinimumFractionDigits(0);
		return format.format(amount);
	}

	/**
	 * @return the stated pay, e.g. "kr 45 000–50 000" or "3 500,00 €", without its period
	 */
	String salary(Salary salary) {
		String min = amount(salary.min(), salary.currency());
		if (salary.max() == null || salary.max().compareTo(salary.min()) == 0) {
			return min;
		}
		return min + " – " + amount(salary.max(), salary.currency());
	}

	/**
	 * @return the country's flag as an emoji: two regional indicator symbols
	 */
	static String flag(Country country) {
		StringBuilder flag = new StringBuilder();
		for (char letter : country.name().toCharArray()) {
			flag.appendCodePoint(0x1F1E6 + (letter - 'A'));
		}
		return flag.toString();
	}

}
