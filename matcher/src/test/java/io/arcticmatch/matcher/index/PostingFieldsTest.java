package io.arcticmatch.matcher.index;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingFieldsTest {

	@Test
	void searchTimeStaysTheSameForAMinuteSoDateFiltersCanBeCached() {
		long minute = Instant.parse("2026-11-24T23:45:00Z").toEpochMilli();

		assertThat(PostingFields.searchTime(at("2026-11-24T23:45:00Z"))).isEqualTo(minute);
		assertThat(PostingFields.searchTime(at("2026-11-24T23:45:59.999Z"))).isEqualTo(minute);
		assertThat(PostingFields.searchTime(at("2026-11-24T23:46:00Z"))).isEqualTo(minute + 60_000);
	}

	@Test
	void everyIscoLevelOfACodeIsIndexed() {
		assertThat(PostingFields.iscoGroups("2221")).containsExactly("2", "22", "222", "2221");
	}

	private static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

}
