package io.arcticmatch.matcher.concepts.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated, double-quoted fields with doubled quotes
 * inside, line breaks inside quotes, CRLF or LF line ends, a leading byte-order mark
 * skipped. Good enough for the taxonomy files; it keeps nothing but the rows.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * Reads all rows.
	 * @param reader the text; not closed
	 * @return the rows, each a list of fields; empty lines are left out
	 */
	public static List<List<String>> read(Reader reader) {
		try {
			return parse(readAll(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses a whole text.
	 * @param text the text
	 * @return the rows; empty lines are left out
	 */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int i = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? 1 : 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				endRow(rows, row, field, fieldStarted);
				row = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
			i++;
		}
		endRow(rows, row, field, fieldStarted);
		return rows;
	}

	/**
	 * Parses one line.
	 * @param line the line, without its line end
	 * @return the fields
	 */
	public static List<String> parseLine(String line) {
		List<List<String>> rows = parse(line);
		return rows.isEmpty() ? List.of() : rows.get(0);
	}

	private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean fieldStarted) {
		if (fieldStarted || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(List.copyOf(row));
		}
	}

	static String readAll(Reader reader) throws IOException {
		StringBuilder out = new StringBuilder(1 << 16);
		char[] buffer = new char[1 << 14];
		int read;
		while ((read = reader.read(buffer)) != -1) {
			out.append(buffer, 0, read);
		}
		return out.toString();
	}

}
