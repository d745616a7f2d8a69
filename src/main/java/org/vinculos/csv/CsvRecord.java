package org.vinculos.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One CSV row by column name, with the line it starts on and each field's column.
 */
public final class CsvRecord {

	private final String fileName;

	private final int line;

	private final Header header;

	private final String[] values;

	private final int[] columns;

	CsvRecord(String fileName, int line, Header header, String[] values, int[] columns) {
		this.fileName = fileName;
		this.line = line;
		this.header = header;
		this.values = values;
		this.columns = columns;
	}

	public String fileName() {
		return this.fileName;
	}

	public int line() {
		return this.line;
	}

	/** The value of a column, or null when the file has no such column. */
	public @Nullable String get(String column) {
		Integer index = this.header.index().get(column);
		return (index != null) ? this.values[index] : null;
	}

	/** The 1-based column (character position) of a field, for error messages. */
	public int columnOf(String column) {
		Integer index = this.header.index().get(column);
		return (index != null) ? this.columns[index] : 1;
	}

	/** The value of the field at this position in the header (from 0), whatever the column's name. */
	public String field(int position) {
		return this.values[position];
	}

	/** The 1-based column (character position) of the field at this position in the header (from 0). */
	public int columnOfField(int position) {
		return this.columns[position];
	}

	/** The values by column name, in the header's order. */
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < this.values.length; i++) {
			values.put(this.header.names().get(i), this.values[i]);
		}
		return values;
	}

	/** The column names of a file and their positions, shared by all its records. */
	record Header(List<String> names, Map<String, Integer> index) {

		static Header of(List<String> names) {
			Map<String, Integer> index = new HashMap<>();
			for (int i = names.size() - 1; i >= 0; i--) {
				index.put(names.get(i), i);
			}
			return new Header(names, index);
		}

	}

}
