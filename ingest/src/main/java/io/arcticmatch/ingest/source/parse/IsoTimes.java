package io.arcticmatch.ingest.source.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Reads the one shape nearly every feed time has ({@code 2024-05-01}, with
 * {@code T08:06}, {@code :08} and a fraction of a second, and {@code Z} or
 * {@code +02:00}) digit by digit, into exactly what the JDK's ISO parsers make of it. The
 * JDK's general parsers cost several times more, and a text they cannot read costs an
 * exception; a bulk import reads several times per ad. Whatever is not of this shape, or
 * not a valid date or time, comes back as null, and the caller asks the JDK's parser as
 * before (which reads the other ISO forms or says why not).
 */
final class IsoTimes {

	private static final int DATE = "2024-05-01".length();

	private static final int MINUTES = "2024-05-01T08:06".length();

	private IsoTimes() {
	}

	/**
	 * @param text a text
	 * @return what {@link LocalDate#parse} reads, or null when the text is not
	 * {@code uuuu-MM-dd} or no valid date
	 */
	static @Nullable LocalDate localDate(String text) {
		if (!isDate(text)) {
			return null;
		}
		try {
			return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * @param text a text
	 * @return whether it is a date alone, {@code uuuu-MM-dd} (digits and dashes; whether
	 * the date is valid is not asked): no date-time parser reads such a text
	 */
	static boolean isDate(String text) {
		return text.length() == DATE && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2)
				&& text.charAt(7) == '-' && digits(text, 8, 2);
	}

	/**
	 * @param text a text
	 * @return what {@link LocalDateTime#parse} reads, or null when the text is not
	 * {@code uuuu-MM-ddTHH:mm[:ss[.fraction]]} or no valid date-time
	 */
	static @Nullable LocalDateTime localDateTime(String text) {
		int end = localEnd(text);
		return (end == text.length()) ? local(text, end) : null;
	}

	/**
	 * @param text a text
	 * @return what {@link OffsetDateTime#parse} reads, or null when the text is not
	 * {@code uuuu-MM-ddTHH:mm[:ss[.fraction]]} followed by {@code Z} or
	 * {@code +HH:MM}/{@code -HH:MM}, or no valid date-time
	 */
	static @Nullable OffsetDateTime offsetDateTime(String text) {
		int end = localEnd(text);
		if (end < 0) {
			return null;
		}
		ZoneOffset offset;
		int rest = text.length() - end;
		char sign = (rest > 0) ? text.charAt(end) : ' ';
		try {
			if (rest == 1 && sign == 'Z') {
				offset = ZoneOffset.UTC;
			}
			else if (rest == 6 && (sign == '+' || sign == '-') && digits(text, end + 1, 2)
					&& text.charAt(end + 3) == ':' && digits(text, end + 4, 2)) {
				int hours = number(text, end + 1, 2);
				int minutes = number(text, end + 4, 2);
				offset = (sign == '+') ? ZoneOffset.ofHoursMinutes(hours, minutes)
						: ZoneOffset.ofHoursMinutes(-hours, -minutes);
			}
			else {
				return null;
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		LocalDateTime local = local(text, end);
		return (local != null) ? OffsetDateTime.of(local, offset) : null;
	}

	/**
	 * Where the date-time of the shape ends: after the minutes, the seconds or their
	 * fraction; -1 when the text does not start with one.
	 */
	private static int localEnd(String text) {
		if (text.length() < MINUTES || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2)
				|| text.charAt(7) != '-' || !digits(text, 8, 2) || text.charAt(10) != 'T' || !digits(text, 11, 2)
				|| text.charAt(13) != ':' || !digits(text, 14, 2)) {
			return -1;
		}
		int at = MINUTES;
		if (at < text.length() && text.charAt(at) == ':') {
			if (!digits(text, at + 1, 2)) {
				return -1;
			}
			at += 3;
			if (at < text.length() && text.charAt(at) == '.') {
				int fraction = 0;
				while (at + 1 + fraction < text.length() && isDigit(text.charAt(at + 1 + fraction))) {
					fraction++;
				}
				if (fraction == 0 || fraction > 9) {
					return -1;
				}
				at += 1 + fraction;
			}
		}
		return at;
	}

	private static @Nullable LocalDateTime local(String text, int end) {
		int seconds = 0;
		int nanos = 0;
		if (end > MINUTES) {
			seconds = number(text, MINUTES + 1, 2);
			int fraction = end - (MINUTES + 4);
			if (fraction > 0) {
				nanos = number(text, MINUTES + 4, fraction);
				for (int i = fraction; i < 9; i++) {
					nanos *= 10;
				}
			}
		}
		try {
			return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
					number(text, 14, 2), seconds, nanos);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean digits(String text, int from, int count) {
		if (from + count > text.length()) {
			return false;
		}
		for (int i = from; i < from + count; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int number(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

}
