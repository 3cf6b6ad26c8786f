package io.arcticmatch.web.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.web.accounts.AccountId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an alert is due: a day (daily) or a week (weekly) after its last run, or after it
 * was saved; never while paused.
 */
class SavedSearchTest {

	private static final Instant SAVED = Instant.parse("2026-11-20T07:30:00Z");

	@Test
	void dailyAlertIsDueTwentyFourHoursAfterItWasSaved() {
		SavedSearch daily = search(Frequency.DAILY, null, false);

		assertThat(daily.isDue(SAVED.plus(Duration.ofHours(23).plusMinutes(59)))).isFalse();
		assertThat(daily.isDue(SAVED.plus(Duration.ofHours(24)))).isTrue();
	}

	@Test
	void weeklyAlertIsNotDueAfterOneDayButAfterSeven() {
		SavedSearch weekly = search(Frequency.WEEKLY, null, false);

		assertThat(weekly.isDue(SAVED.plus(Duration.ofDays(1)))).isFalse();
		assertThat(weekly.isDue(SAVED.plus(Duration.ofDays(6)))).isFalse();
		assertThat(weekly.isDue(SAVED.plus(Duration.ofDays(7)))).isTrue();
	}

	@Test
	void dueTimeCountsFromTheLastRun() {
		Instant lastRun = SAVED.plus(Duration.ofDays(3));
		SavedSearch daily = search(Frequency.DAILY, lastRun, false);

		assertThat(daily.dueAt()).isEqualTo(lastRun.plus(Duration.ofDays(1)));
		assertThat(daily.isDue(lastRun.plus(Duration.ofHours(12)))).isFalse();
	}

	@Test
	void pausedAlertIsNeverDue() {
		assertThat(search(Frequency.DAILY, null, true).isDue(SAVED.plus(Duration.ofDays(30)))).isFalse();
	}

	private static SavedSearch search(Frequency frequency, @Nullable Instant lastRun, boolean paused) {
		return new SavedSearch(UUID.randomUUID(), new AccountId(UUID.randomUUID()), "Nurse jobs", "q=nurse", frequency,
				Locale.ENGLISH, paused, "token", SAVED, lastRun, null);
	}

}
