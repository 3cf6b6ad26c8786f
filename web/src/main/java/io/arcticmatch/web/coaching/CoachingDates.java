package io.arcticmatch.web.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times in the reader's language for the coaching pages
 * ({@code ${@coachingDates.date(goal.dueOn())}}): "25. nov. 2026" in Norwegian, "25 nov.
 * 2026" in Swedish, "25.11.2026" in Finnish.
 */
@Component("coachingDates")
class CoachingDates {

	private final CoachingSettings settings;

	CoachingDates(CoachingSettings settings) {
		this.settings = settings;
	}

	public String date(@Nullable LocalDate date) {
		return format(date, new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, null));
	}

	public String dateTime(@Nullable LocalDateTime dateTime) {
		return format(dateTime, new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT));
	}

	public String instant(@Nullable Instant instant) {
		return (instant != null) ? dateTime(LocalDateTime.ofInstant(instant, this.settings.timeZone())) : "";
	}

	/**
	 * @return the month as "nov. 2026" in the reader's language
	 */
	public String month(@Nullable YearMonth month) {
		return format(month, new DateTimeFormatterBuilder().appendPattern("LLLL yyyy"));
	}

	private static String format(@Nullable TemporalAccessor value, DateTimeFormatterBuilder formatter) {
		return (value != null) ? formatter.toFormatter(LocaleContextHolder.getLocale()).format(value) : "";
	}

}
