package io.arcticmatch.ingest.source.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IsoTimesTest {

	private final Random random = new Random(20261125);

	@Test
	void timesOfTheCommonShapeAreReadExactlyAsTheJdkReadsThem() {
		int read = 0;
		for (int i = 0; i < 50_000; i++) {
			String text = time();
			read += compare(text, IsoTimes::localDateTime, (String parsed) -> LocalDateTime.parse(parsed));
			read += compare(text, IsoTimes::offsetDateTime, (String parsed) -> OffsetDateTime.parse(parsed));
			read += compare(text, IsoTimes::localDate, (String parsed) -> LocalDate.parse(parsed));
			LocalDateTime localDateTime = jdk(text, SourceTimes::localDateTime);
			assertThat(localDateTime).as(text).isEqualTo(jdk(text, (String parsed) -> LocalDateTime.parse(parsed)));
			LocalDate localDate = jdk(text, SourceTimes::localDate);
			assertThat(localDate).as(text).isEqualTo(jdk(text, (String parsed) -> LocalDate.parse(parsed)));
			if (IsoTimes.isDate(text)) {
				assertThat(localDateTime).as(text).isNull();
			}
		}
		// thousands of the texts are valid times of the shape
		assertThat(read).isGreaterThan(3_000);
	}

	@Test
	void otherIsoFormsAreLeftToTheJdk() {
		for (String text : new String[] { "2024-05-01t08:06Z", "2024-05-01T08:06z", "2024-05-01T08:06:07+02",
				"2024-05-01T08:06:07+0200", "2024-05-01T08:06:07+02:00:30", "+12024-05-01T08:06",
				"2024-05-01T08:06:07.", "2024-05-01T08:06:07.1234567891" }) {
			assertThat(IsoTimes.localDateTime(text)).as(text).isNull();
			assertThat(IsoTimes.offsetDateTime(text)).as(text).isNull();
		}
		assertThat(SourceTimes.localDateTime("2024-05-01T08:06:07."))
			.isEqualTo(LocalDateTime.parse("2024-05-01T08:06:07."));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> SourceTimes.localDate("2024-02-30"));
	}

	/**
	 * 1 when the fast reading read the text, after checking it read what the JDK reads.
	 */
	private static <T> int compare(String text, Function<String, @Nullable T> fast, Function<String, T> jdk) {
		T ours = fast.apply(text);
		if (ours != null) {
			assertThat(ours).as(text).isEqualTo(jdk.apply(text));
			return 1;
		}
		return 0;
	}

	private static <T> @Nullable T jdk(String text, Function<String, T> parse) {
		try {
			return parse.apply(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** A date, date-time or offset date-time, often invalid, sometimes with a typo. */
	private String time() {
		StringBuilder text = new StringBuilder();
		text.append(
				pick("2024", "2023", "1999", "0000", "9999", "2028", "2100", "2024", "2025", "2026", "202", "20245"));
		text.append(pick("-", "-", "-", "-", "-", "-", "-", "/"));
		text.append(pick("01", "02", "05", "12", "03", "07", "11", "10", "00", "13", "1"));
		text.append(pick("-", "-", "-", "-", "-", "-", "-", "."));
		text.append(pick("01", "15", "28", "29", "30", "31", "02", "09", "10", "20", "00", "32", "5"));
		if (this.random.nextInt(5) > 0) {
			text.append(pick("T", "T", "T", "T", "t", " ", ""));
			text.append(pick("00", "08", "12", "23", "01", "10", "15", "19", "24", "25", "8"));
			text.append(pick(":", ":", ":", ":", ":", ":", ":", "."));
			text.append(pick("00", "06", "59", "30", "45", "10", "60", "6"));
			if (this.random.nextBoolean()) {
				text.append(pick(":", ":", ":", ":", ":", ":", ":", "."));
				text.append(pick("00", "07", "59", "30", "45", "11", "60", "7"));
				if (this.random.nextBoolean()) {
					text.append('.');
					int digits = this.random.nextInt(12);
					for (int i = 0; i < digits; i++) {
						text.append((char) ('0' + this.random.nextInt(10)));
					}
				}
			}
			text.append(pick("", "Z", "Z", "z", "+02:00", "-05:30", "+00:00", "-00:00", "+18:00", "+19:00", "+02:60",
					"+0200", "+02", "+02:00:00", "+2:00", "[Europe/Oslo]"));
		}
		if (this.random.nextInt(20) == 0) {
			int at = this.random.nextInt(text.length());
			text.setCharAt(at, pick("0", "9", "-", ":", "T", "x", " ").charAt(0));
		}
		return text.toString();
	}

	private String pick(String... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

}
