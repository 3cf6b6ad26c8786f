package io.arcticmatch.ingest.source.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads application deadlines, which sources write as free text: {@code 2021-04-23},
 * {@code 20.05.2019}, {@code 31.12.18}, {@code 14.04.2021 kl. 12:00},
 * {@code 29. november 2018}, {@code 2019-04-15T23:59:59}, or "Snarest". A date without a
 * time means the end of that day (23:59:59) in the source country's zone. What cannot be
 * read is kept as text. Every assumption is noted.
 */
public final class Deadlines {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	/**
	 * d.M.yyyy or d.M.yy, optionally followed by a clock time ("kl. 12:00", "klo 16.00",
	 * "12:00").
	 */
	private static final Pattern NUMERIC = Pattern.compile(
			"(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})\\.?(?:,?\\s*(?:kl\\.?|klo\\.?)?\\s*(\\d{1,2})[:.](\\d{2}))?");

	/**
	 * Compiled once: a pattern compiled for every deadline was a share of a bulk import.
	 */
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** "29. november 2018", "3 december 2018", "14. huhtikuuta 2021". */
	private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\s+(\\d{4})");

	/** Month names in Norwegian (bokmål and nynorsk), Swedish, Finnish and English. */
	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("januari", 1),
			Map.entry("january", 1), Map.entry("tammikuuta", 1), Map.entry("februar", 2), Map.entry("februari", 2),
			Map.entry("february", 2), Map.entry("helmikuuta", 2), Map.entry("mars", 3), Map.entry("march", 3),
			Map.entry("maaliskuuta", 3), Map.entry("april", 4), Map.entry("huhtikuuta", 4), Map.entry("mai", 5),
			Map.entry("maj", 5), Map.entry("may", 5), Map.entry("toukokuuta", 5), Map.entry("juni", 6),
			Map.entry("june", 6), Map.entry("kesäkuuta", 6), Map.entry("juli", 7), Map.entry("july", 7),
			Map.entry("heinäkuuta", 7), Map.entry("august", 8), Map.entry("augusti", 8), Map.entry("elokuuta", 8),
			Map.entry("september", 9), Map.entry("syyskuuta", 9), Map.entry("oktober", 10), Map.entry("october", 10),
			Map.entry("lokakuuta", 10), Map.entry("november", 11), Map.entry("marraskuuta", 11),
			Map.entry("desember", 12), Map.entry("december", 12), Map.entry("joulukuuta", 12));

	private Deadlines() {
	}

	/**
	 * @param raw the deadline as the source gave it, may be null
	 * @param path the field it came from, for the notes
	 * @param zone the source country's zone
	 * @param guesses where to note assumptions
	 * @return the deadline, or the text when it is not a date
	 */
	public static Deadline parse(@Nullable String raw, String path, ZoneId zone, Guesses guesses) {
		if (raw == null || raw.isBlank()) {
			return Deadline.NONE;
		}
		String text = singleSpaced(raw.strip());
		Instant withOffset = SourceTimes.withOffset(text);
		if (withOffset != null) {
			return new Deadline(withOffset, null);
		}
		// a date alone is no date-time: skip the parse that would fail with an exception
		if (!IsoTimes.isDate(text)) {
			try {
				LocalDateTime local = SourceTimes.localDateTime(text);
				guesses.add("%s '%s' had no offset; read as %s time".formatted(path, text, zone.getId()));
				return new Deadline(local.atZone(zone).toInstant(), null);
			}
			catch (DateTimeParseException ex) {
				// not ISO date-time
			}
		}
		try {
			return endOfDay(SourceTimes.localDate(text), text, path, zone, guesses);
		}
		catch (DateTimeParseException ex) {
			// not ISO date
		}
		Deadline deadline = numeric(text, path, zone, guesses);
		if (deadline == null) {
			deadline = namedMonth(text, path, zone, guesses);
		}
		if (deadline != null) {
			return deadline;
		}
		guesses.add("%s '%s' is not a date; kept as text".formatted(path, text));
		return new Deadline(null, text);
	}

	/**
	 * @param text a text
	 * @return the text with each run of whitespace ({@code \\s}) one space
	 */
	static String singleSpaced(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ");
	}

	private static @Nullable Deadline numeric(String text, String path, ZoneId zone, Guesses guesses) {
		Matcher match = NUMERIC.matcher(text);
		if (!match.matches()) {
			return null;
		}
		int year = Integer.parseInt(match.group(3));
		if (match.group(3).length() == 2) {
			year += 2000;
			guesses.add("%s '%s' has a two-digit year; read as %d".formatted(path, text, year));
		}
		try {
			LocalDate date = LocalDate.of(year, Integer.parseInt(match.group(2)), Integer.parseInt(match.group(1)));
			if (match.group(4) == null) {
				return endOfDay(date, text, path, zone, guesses);
			}
			LocalDateTime local = date.atTime(Integer.parseInt(match.group(4)), Integer.parseInt(match.group(5)));
			guesses.add("%s '%s' had no offset; read as %s time".formatted(path, text, zone.getId()));
			return new Deadline(local.atZone(zone).toInstant(), null);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static @Nullable Deadline namedMonth(String text, String path, ZoneId zone, Guesses guesses) {
		Matcher match = NAMED_MONTH.matcher(text);
		if (!match.matches()) {
			return null;
		}
		Integer month = MONTHS.get(match.group(2).toLowerCase(Locale.ROOT));
		if (month == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(match.group(3)), month, Integer.parseInt(match.group(1)));
			return endOfDay(date, text, path, zone, guesses);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Deadline endOfDay(LocalDate date, String text, String path, ZoneId zone, Guesses guesses) {
		guesses.add("%s '%s' is a date without a time; read as the end of that day (23:59:59), %s time".formatted(path,
				text, zone.getId()));
		return new Deadline(date.atTime(END_OF_DAY).atZone(zone).toInstant(), null);
	}

}
