package io.arcticmatch.ingest.source.parse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final Guesses guesses = new Guesses();

	@Test
	void runsOfWhitespaceBecomeOneSpaceAsTheRegexMadeThem() {
		String[] pieces = { "a", "1", ".", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "\u2003", "kl." };
		Random random = new Random(20261125);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int count = random.nextInt(12);
			for (int piece = 0; piece < count; piece++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(Deadlines.singleSpaced(text.toString())).as(text.toString())
				.isEqualTo(text.toString().replaceAll("\\s+", " "));
		}
	}

	@Test
	void dateOnlyDeadlineIsTheEndOfThatDayInTheCountrysZone() {
		Deadline deadline = Deadlines.parse("2021-04-23", "applicationDue", OSLO, this.guesses);

		assertThat(deadline).isEqualTo(new Deadline(Instant.parse("2021-04-23T21:59:59Z"), null));
		assertThat(this.guesses.list()).containsExactly(
				"applicationDue '2021-04-23' is a date without a time; read as the end of that day (23:59:59), Europe/Oslo time");
	}

	@Test
	void norwegianDottedDateIsRead() {
		assertThat(Deadlines.parse("20.05.2019", "applicationDue", OSLO, this.guesses).at())
			.isEqualTo(Instant.parse("2019-05-20T21:59:59Z"));
	}

	@Test
	void twoDigitYearIsReadInThisCenturyAndNoted() {
		assertThat(Deadlines.parse("31.12.18", "applicationDue", OSLO, this.guesses).at())
			.isEqualTo(Instant.parse("2018-12-31T22:59:59Z"));
		assertThat(this.guesses.list()).contains("applicationDue '31.12.18' has a two-digit year; read as 2018");
	}

	@Test
	void finnishDeadlineWithClockTimeIsParsed() {
		Deadline deadline = Deadlines.parse("14.04.2021 kl. 12:00", "hakuPaattyy", HELSINKI, this.guesses);

		assertThat(deadline.at()).isEqualTo(Instant.parse("2021-04-14T09:00:00Z"));
		assertThat(deadline.text()).isNull();
		assertThat(this.guesses.list())
			.containsExactly("hakuPaattyy '14.04.2021 kl. 12:00' had no offset; read as Europe/Helsinki time");
	}

	@Test
	void deadlineWithoutOffsetIsReadInStockholmTime() {
		assertThat(Deadlines.parse("2024-05-08T23:59:59", "application_deadline", STOCKHOLM, this.guesses).at())
			.isEqualTo(Instant.parse("2024-05-08T21:59:59Z"));
		assertThat(this.guesses.list())
			.containsExactly("application_deadline '2024-05-08T23:59:59' had no offset; read as Europe/Stockholm time");
	}

	@Test
	void deadlineWithOffsetIsTakenAsItIs() {
		assertThat(Deadlines.parse("2023-05-25T08:06:08.355+02:00", "applicationDue", HELSINKI, this.guesses).at())
			.isEqualTo(Instant.parse("2023-05-25T06:06:08.355Z"));
		assertThat(this.guesses.list()).isEmpty();
	}

	@Test
	void monthNamesAreReadInNorwegianSwedishAndFinnish() {
		assertThat(Deadlines.parse("29. november 2018", "d", OSLO, this.guesses).at())
			.isEqualTo(Instant.parse("2018-11-29T22:59:59Z"));
		assertThat(Deadlines.parse("3 maj 2019", "d", STOCKHOLM, this.guesses).at())
			.isEqualTo(Instant.parse("2019-05-03T21:59:59Z"));
		assertThat(Deadlines.parse("14. huhtikuuta 2021", "d", HELSINKI, this.guesses).at())
			.isEqualTo(Instant.parse("2021-04-14T20:59:59Z"));
	}

	@Test
	void snarestIsNotADateAndIsKeptAsText() {
		Deadline deadline = Deadlines.parse("Snarest", "applicationDue", OSLO, this.guesses);

		assertThat(deadline).isEqualTo(new Deadline(null, "Snarest"));
		assertThat(this.guesses.list()).containsExactly("applicationDue 'Snarest' is not a date; kept as text");
	}

	@Test
	void impossibleDateIsKeptAsText() {
		assertThat(Deadlines.parse("31.02.2021", "d", OSLO, this.guesses)).isEqualTo(new Deadline(null, "31.02.2021"));
	}

	@Test
	void whiteSpaceAroundADeadlineIsIgnored() {
		assertThat(Deadlines.parse("\n\t\t\t\t\t07.12.2018", "d", OSLO, this.guesses).at())
			.isEqualTo(Instant.parse("2018-12-07T22:59:59Z"));
	}

	@Test
	void blankDeadlineIsNoDeadline() {
		assertThat(Deadlines.parse("", "d", OSLO, this.guesses)).isEqualTo(Deadline.NONE);
		assertThat(Deadlines.parse(null, "d", OSLO, this.guesses)).isEqualTo(Deadline.NONE);
		assertThat(this.guesses.list()).isEmpty();
	}

}
