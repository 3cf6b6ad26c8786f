package io.arcticmatch.matcher.concepts.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A CSV file with a header row, read by column name.
 *
 * @param columns the column names of the header row
 * @param rows the data rows
 */
public record CsvTable(List<String> columns, List<List<String>> rows) {

	public CsvTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * Makes a table whose header is the first row.
	 * @param rows all rows
	 * @return the table
	 */
	public static CsvTable withHeader(List<List<String>> rows) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("No header row");
		}
		return new CsvTable(rows.get(0), rows.subList(1, rows.size()));
	}

	/**
	 * A reader for one row.
	 * @param row the row
	 * @return the row by column name
	 */
	public Row row(List<String> row) {
		return new Row(index(), row);
	}

	/**
	 * Every row by column name.
	 * @return the rows
	 */
	public List<Row> named() {
		Map<String, Integer> index = index();
		return this.rows.stream().map((row) -> new Row(index, row)).toList();
	}

	private Map<String, Integer> index() {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < this.columns.size(); i++) {
			index.putIfAbsent(this.columns.get(i).strip(), i);
		}
		return index;
	}

	/**
	 * One row, read by column name.
	 *
	 * @param index the column positions
	 * @param values the fields
	 */
	public record Row(Map<String, Integer> index, List<String> values) {

		/**
		 * A field, stripped; empty if the row is short.
		 * @param column the column name
		 * @return the value, never null
		 * @throws IllegalArgumentException if there is no such column
		 */
		public String get(String column) {
			Integer at = this.index.get(column);
			if (at == null) {
				throw new IllegalArgumentException("No column " + column + " in " + this.index.keySet());
			}
			return (at < this.values.size()) ? this.values.get(at).strip() : "";
		}

		/**
		 * A field, or null if blank.
		 * @param column the column name
		 * @return the value or null
		 */
		public @Nullable String optional(String column) {
			String value = get(column);
			return value.isEmpty() ? null : value;
		}

	}

}
