package org.vinculos.csv;

import java.util.Map;

/**
 * One CSV row by column name, with the line it starts on and each field's column.
 */
public record CsvRecord(String fileName, int line, Map<String, String> values, Map<String, Integer> columns) {

	/** The value of a column, or null when the file has no such column. */
	public String get(String column) {
		return this.values.get(column);
	}

	/** The 1-based column (character position) of a field, for error messages. */
	public int columnOf(String column) {
		return this.columns.getOrDefault(column, 1);
	}

}
