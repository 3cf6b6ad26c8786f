package io.arcticmatch.ingest.source.parse;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTimesTest {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final Guesses guesses = new Guesses();

	@Test
	void offsetIsRespected() {
		assertThat(read("\"2023-05-25T08:06:08.355+02:00\"")).isEqualTo(Instant.parse("2023-05-25T06:06:08.355Z"));
		assertThat(read("\"2020-11-24T22:00:00Z\"")).isEqualTo(Instant.parse("2020-11-24T22:00:00Z"));
		assertThat(read("\"2023-05-25T08:06:08+0200\"")).isEqualTo(Instant.parse("2023-05-25T06:06:08Z"));
		assertThat(this.guesses.list()).isEmpty();
	}

	@Test
	void offsetsInLowerCaseAndWestOfGreenwichAreRespected() {
		assertThat(read("\"2020-11-24t22:00:00z\"")).isEqualTo(Instant.parse("2020-11-24T22:00:00Z"));
		assertThat(read("\"2023-05-25T08:06:08-05:00\"")).isEqualTo(Instant.parse("2023-05-25T13:06:08Z"));
		assertThat(read("\"2023-05-25T08:06:08-0500\"")).isEqualTo(Instant.parse("2023-05-25T13:06:08Z"));
		assertThat(read("\" 2023-05-25 08:06:08+02:00 \"")).isEqualTo(Instant.parse("2023-05-25T06:06:08Z"));
		assertThat(this.guesses.list()).isEmpty();
	}

	@Test
	void zoneIdSuffixOfAJavaZonedDateTimeIsIgnored() {
		assertThat(read("\"2023-05-25T08:06:08.355+02:00[Europe/Oslo]\""))
			.isEqualTo(Instant.parse("2023-05-25T06:06:08.355Z"));
	}

	@Test
	void timeWithoutOffsetIsReadInTheCountrysZoneAndNoted() {
		assertThat(read("\"2019-01-19T07:09:22.618\"")).isEqualTo(Instant.parse("2019-01-19T06:09:22.618Z"));
		assertThat(this.guesses.list())
			.containsExactly("t '2019-01-19T07:09:22.618' had no offset; read as Europe/Oslo time");
	}

	@Test
	void summerTimeIsTheZonesOwn() {
		assertThat(read("\"2021-06-01 12:00:00\"")).isEqualTo(Instant.parse("2021-06-01T10:00:00Z"));
	}

	@Test
	void epochMillisecondsAreReadAsNumberOrText() {
		assertThat(read("1612415038949")).isEqualTo(Instant.parse("2021-02-04T05:03:58.949Z"));
		assertThat(read("\"1612415038949\"")).isEqualTo(Instant.parse("2021-02-04T05:03:58.949Z"));
		assertThat(this.guesses.list()).isEmpty();
	}

	@Test
	void epochSecondsAreReadAndNoted() {
		assertThat(read("1684994768.355")).isEqualTo(Instant.parse("2023-05-25T06:06:08.355Z"));
		assertThat(this.guesses.list())
			.containsExactly("t 1684994768.355 is too small for epoch milliseconds; read as epoch seconds");
	}

	@Test
	void textThatIsNotATimeIsLeftEmptyAndNoted() {
		assertThat(read("\"igår\"")).isNull();
		assertThat(this.guesses.list()).containsExactly("t 'igår' is not a time; left empty");
	}

	@Test
	void missingOrBlankIsNoTime() {
		assertThat(read("null")).isNull();
		assertThat(read("\"\"")).isNull();
		assertThat(this.guesses.list()).isEmpty();
	}

	private Instant read(String json) {
		JsonNode object = JsonPayloads.JSON.readTree("{\"t\": " + json + "}");
		return SourceTimes.instant(Fields.root(object), "t", OSLO, this.guesses);
	}

}
