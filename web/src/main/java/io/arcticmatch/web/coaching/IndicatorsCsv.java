package io.arcticmatch.web.coaching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * Writes a group's {@link Indicators} as CSV for a funding report: RFC 4180 quoting
 * (fields with the delimiter, quotes or line breaks in quotes, quotes doubled), CRLF line
 * ends, UTF-8 with a byte order mark so that spreadsheet programs read the Nordic letters
 * right. One row per period and country: the whole period ({@code total}) and each month
 * ({@code 2026-01}), all countries ({@code all}) and each country. Participants, sessions
 * and attendance belong to no country, so those cells are empty in the country rows; the
 * outcome columns of the country rows add up to their {@code all} row.
 */
final class IndicatorsCsv {

	static final String ALL_COUNTRIES = "all";

	static final String WHOLE_PERIOD = "total";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private IndicatorsCsv() {
	}

	/**
	 * @param groupName the group's name, the first column of every row
	 * @param header the column titles in the reader's language, in the order of
	 * {@link #COLUMNS}
	 * @param delimiter the field separator
	 */
	static byte[] write(String groupName, Indicators indicators, List<String> header, String delimiter) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(header));
		rows.add(row(groupName, WHOLE_PERIOD, ALL_COUNTRIES, indicators.participants(), indicators.sessionsHeld(),
				indicators.attendance(), indicators.outcomes()));
		countryRows(rows, groupName, WHOLE_PERIOD, indicators.byCountry());
		for (Indicators.Month month : indicators.byMonth()) {
			rows.add(row(groupName, month.month().toString(), ALL_COUNTRIES, month.participants(), month.sessionsHeld(),
					month.attendance(), month.outcomes()));
			countryRows(rows, groupName, month.month().toString(), month.byCountry());
		}
		StringBuilder csv = new StringBuilder();
		for (List<@Nullable Object> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					csv.append(delimiter);
				}
				csv.append(quote(row.get(i), delimiter));
			}
			csv.append("\r\n");
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(text, 0, withBom, BOM.length, text.length);
		return withBom;
	}

	/**
	 * The columns, as message keys {@code coaching.csv.<column>}.
	 */
	static final List<String> COLUMNS = List.of("group", "period", "country", "participants", "sessionsHeld",
			"attendanceMarks", "present", "absent", "excused", "attendanceRate", "applications", "interviews",
			"jobOffers", "hires");

	private static void countryRows(List<List<@Nullable Object>> rows, String groupName, String period,
			Map<Country, Counts> byCountry) {
		for (Map.Entry<Country, Counts> country : byCountry.entrySet()) {
			rows.add(row(groupName, period, country.getKey().name(), null, null, null, country.getValue()));
		}
	}

	private static List<@Nullable Object> row(String groupName, String period, String country,
			@Nullable Integer participants, @Nullable Integer sessionsHeld, @Nullable Attendance attendance,
			Counts outcomes) {
		List<@Nullable Object> row = new ArrayList<>();
		row.add(groupName);
		row.add(period);
		row.add(country);
		row.add(participants);
		row.add(sessionsHeld);
		row.add((attendance != null) ? attendance.marked() : null);
		row.add((attendance != null) ? attendance.present() : null);
		row.add((attendance != null) ? attendance.absent() : null);
		row.add((attendance != null) ? attendance.excused() : null);
		row.add((attendance != null) ? attendance.ratePercent() : null);
		row.add(outcomes.applications());
		row.add(outcomes.interviews());
		row.add(outcomes.jobOffers());
		row.add(outcomes.hires());
		return row;
	}

	static String quote(@Nullable Object value, String delimiter) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		// a leading =, +, - or @ would make a spreadsheet run the cell as a formula
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
