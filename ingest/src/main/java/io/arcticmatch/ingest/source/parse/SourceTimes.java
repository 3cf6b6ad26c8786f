package io.arcticmatch.ingest.source.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the times feeds send. An offset or {@code Z} is respected. A time without an
 * offset is read in the source country's zone and noted as a guess; so are epoch seconds.
 * All results are {@link Instant}s, i.e. UTC.
 */
public final class SourceTimes {

	/**
	 * ISO date-time with an offset without colon, e.g. {@code 2023-05-25T08:06:08+0200}.
	 */
	private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendOffset("+HHmm", "Z")
		.toFormatter(Locale.ROOT);

	private static final Pattern ZONE_SUFFIX = Pattern.compile("\\[[^\\]]*]$");

	private static final Pattern SPACE_BETWEEN_DATE_AND_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/**
	 * Epoch values this large are milliseconds; seconds reach it only after the year
	 * 5000.
	 */
	private static final long SMALLEST_EPOCH_MILLIS = 100_000_000_000L;

	private SourceTimes() {
	}

	/**
	 * @param fields the object holding the time
	 * @param name the field: an ISO text, or epoch milliseconds as number or digits
	 * @param zone the source country's zone, for times without an offset
	 * @param guesses where to note a guessed zone or unit
	 * @return the instant; null when missing, blank or not a time (noted)
	 */
	public static @Nullable Instant instant(Fields fields, String name, ZoneId zone, Guesses guesses) {
		String path = fields.pathOf(name);
		JsonNode value = fields.node(name);
		if (value.isNumber()) {
			return epoch(value.decimalValue(), path, guesses);
		}
		String text = Fields.textOf(value, path);
		if (text == null) {
			return null;
		}
		if (NUMBER.matcher(text).matches()) {
			return epoch(new BigDecimal(text), path, guesses);
		}
		return instant(text, path, zone, guesses);
	}

	/**
	 * @param text an ISO date-time, with or without offset, or a date
	 * @param path the field it came from, for the notes
	 * @param zone the zone of times without an offset
	 * @param guesses where to note guesses
	 * @return the instant; null when the text is not a time (noted)
	 */
	public static @Nullable Instant instant(String text, String path, ZoneId zone, Guesses guesses) {
		Instant withOffset = withOffset(text);
		if (withOffset != null) {
			return withOffset;
		}
		String normal = normalise(text);
		// a date alone is no date-time: skip the parse that would fail with an exception
		if (!IsoTimes.isDate(normal)) {
			try {
				Instant instant = localDateTime(normal).atZone(zone).toInstant();
				guesses.add("%s '%s' had no offset; read as %s time".formatted(path, text, zone.getId()));
				return instant;
			}
			catch (DateTimeParseException ex) {
				// not a local date-time either; try a date
			}
		}
		try {
			Instant instant = localDate(normal).atStartOfDay(zone).toInstant();
			guesses
				.add("%s '%s' had no time; read as the start of that day, %s time".formatted(path, text, zone.getId()));
			return instant;
		}
		catch (DateTimeParseException ex) {
			guesses.add("%s '%s' is not a time; left empty".formatted(path, text));
			return null;
		}
	}

	/**
	 * @param text any text
	 * @return the instant if the text is an ISO date-time with an offset or {@code Z},
	 * else null
	 */
	static @Nullable Instant withOffset(String text) {
		String normal = normalise(text);
		if (!mayHaveOffset(normal)) {
			// most times of a feed have no offset or no time: a failed parse costs an
			// exception, thousands of them in a large import
			return null;
		}
		OffsetDateTime common = IsoTimes.offsetDateTime(normal);
		if (common != null) {
			return common.toInstant();
		}
		try {
			return OffsetDateTime.parse(normal).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the offset without a colon
		}
		try {
			return OffsetDateTime.parse(normal, OFFSET_WITHOUT_COLON).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Whether a text can be a date-time with an offset: both forms read need a time after
	 * a {@code T} (in either case) and then {@code Z} or a signed offset.
	 */
	private static boolean mayHaveOffset(String text) {
		boolean afterTime = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!afterTime) {
				afterTime = c == 'T' || c == 't';
			}
			else if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param text a text
	 * @return the date-time {@link LocalDateTime#parse} reads, read faster in the common
	 * shape
	 * @throws DateTimeParseException when it is none
	 */
	static LocalDateTime localDateTime(String text) {
		LocalDateTime common = IsoTimes.localDateTime(text);
		return (common != null) ? common : LocalDateTime.parse(text);
	}

	/**
	 * @param text a text
	 * @return the date {@link LocalDate#parse} reads, read faster in the common shape
	 * @throws DateTimeParseException when it is none
	 */
	static LocalDate localDate(String text) {
		LocalDate common = IsoTimes.localDate(text);
		return (common != null) ? common : LocalDate.parse(text);
	}

	private static String normalise(String text) {
		String normal = text.strip();
		// the patterns below can only match these: most times skip them
		if (normal.endsWith("]")) {
			normal = ZONE_SUFFIX.matcher(normal).replaceFirst("");
		}
		if (normal.length() > 11 && normal.charAt(10) == ' ') {
			normal = SPACE_BETWEEN_DATE_AND_TIME.matcher(normal).replaceFirst("$1T$2");
		}
		return normal;
	}

	private static @Nullable Instant epoch(BigDecimal value, String path, Guesses guesses) {
		try {
			if (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(SMALLEST_EPOCH_MILLIS)) >= 0) {
				return Instant.ofEpochMilli(value.longValueExact());
			}
			BigDecimal seconds = value.setScale(0, RoundingMode.FLOOR);
			Instant instant = Instant.ofEpochSecond(seconds.longValueExact(),
					value.subtract(seconds).movePointRight(9).longValue());
			guesses.add("%s %s is too small for epoch milliseconds; read as epoch seconds".formatted(path,
					value.toPlainString()));
			return instant;
		}
		catch (ArithmeticException | DateTimeException ex) {
			guesses.add("%s %s is not a usable epoch time; left empty".formatted(path, value.toPlainString()));
			return null;
		}
	}

}
