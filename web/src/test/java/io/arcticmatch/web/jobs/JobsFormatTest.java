package io.arcticmatch.web.jobs;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Country;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One format serves a whole page; what it writes stays what the language's own localized
 * formats write.
 */
class JobsFormatTest {

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nb-NO"),
			Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("fi-FI"), Locale.forLanguageTag("en"));

	@Test
	void datesAreWrittenAsTheLanguagesMediumLocalizedDateInTheJobsCountry() {
		List<Instant> instants = List.of(Instant.parse("2026-01-31T22:30:00Z"), Instant.parse("2026-07-04T00:00:00Z"),
				Instant.parse("2027-12-31T23:59:59Z"));
		for (Locale locale : LANGUAGES) {
			JobsFormat format = new JobsFormat(locale);
			for (Instant instant : instants) {
				for (Country country : Country.values()) {
					String expected = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, null)
						.toFormatter(locale)
						.format(instant.atZone(JobsFormat.zoneOf(country)));
					assertThat(format.date(instant, country)).as("%s in %s for %s", instant, country, locale)
						.isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void oneFormatWritesEveryNumberAsTheLanguagesOwnIntegerFormat() {
		for (Locale locale : LANGUAGES) {
			JobsFormat format = new JobsFormat(locale);
			for (long value : new long[] { 0, 7, 906, 4_162, 100_288, 1_000_000, 987_654_321 }) {
				assertThat(format.number(value)).as("%d for %s", value, locale)
					.isEqualTo(NumberFormat.getIntegerInstance(locale).format(value));
			}
		}
	}

	@Test
	void conceptLabelsFollowTheReadersLanguage() {
		assertThat(new JobsFormat(Locale.forLanguageTag("nb-NO")).language()).isEqualTo(LabelLanguage.NB);
		assertThat(new JobsFormat(Locale.forLanguageTag("fi")).language()).isEqualTo(LabelLanguage.FI);
		assertThat(new JobsFormat(Locale.forLanguageTag("de")).language()).isEqualTo(LabelLanguage.EN);
	}

}
