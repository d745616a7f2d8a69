package org.vinculos.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.YearOrDate;

/**
 * The checks every kind of import file shares, each problem added with its file, line and column.
 */
final class Rows {

	private final List<ImportProblem> problems;

	Rows(List<ImportProblem> problems) {
		this.problems = problems;
	}

	int problems() {
		return this.problems.size();
	}

	/** The trimmed value, or null when the column is missing or blank. */
	static @Nullable String value(CsvRecord record, String column) {
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Nullable YearOrDate date(CsvRecord record, String column) {
		String text = value(record, column);
		if (text == null) {
			return null;
		}
		try {
			return YearOrDate.parse(column, text);
		}
		catch (IllegalArgumentException ex) {
			problem(record, column, String.valueOf(ex.getMessage()));
			return null;
		}
	}

	/** A whole number above zero, or null when blank (after adding a problem when it is not one). */
	@Nullable Long positive(CsvRecord record, String column) {
		String text = value(record, column);
		if (text == null) {
			return null;
		}
		try {
			long number = Long.parseLong(text);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(record, column, column + " must be a whole number above zero, got: " + text);
		return null;
	}

	/** A decimal number within a range, or null when blank (after adding a problem when it is not one). */
	@Nullable Double decimal(CsvRecord record, String column, double min, double max) {
		String text = value(record, column);
		if (text == null) {
			return null;
		}
		try {
			double number = Double.parseDouble(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(record, column, column + " must be a decimal number from " + (int) min + " to " + (int) max + ", got: " + text);
		return null;
	}

	/** The source text, required, with its URL checked when given: {@link Checks#source}, as mutations check it. */
	@Nullable String source(CsvRecord record) {
		String source = value(record, "source");
		List<Problem> found = new ArrayList<>();
		Checks.source(found, source, value(record, "source_url"));
		place(record, found, Map.of("sourceUrl", "source_url"));
		return source;
	}

	/**
	 * Adds the problems a statement's rules found, each at the column of its field: the column of the same name
	 * unless {@code columns} names another.
	 */
	void place(CsvRecord record, List<Problem> found, Map<String, String> columns) {
		for (Problem p : found) {
			this.problems.add(new ImportProblem(record.fileName(), record.line(),
					record.columnOf(columns.getOrDefault(p.field(), p.field())), p.code(), p.message()));
		}
	}

	/** The one city a name names, or a problem: none, or several (then the id column must be used). */
	@Nullable String oneCity(CsvRecord record, String column, List<String> ids, String name, String country,
			String idColumn) {
		if (ids.isEmpty()) {
			problem(record, column, "no city named \"" + name + "\" in " + country
					+ " (a city the graph lacks is added by a cities file, in the same import or before)");
			return null;
		}
		if (ids.size() > 1) {
			problem(record, column, "\"" + name + "\" names " + ids.size() + " cities in " + country + " ("
					+ String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", ..." : "")
					+ "); give " + idColumn);
			return null;
		}
		return ids.getFirst();
	}

	void problem(CsvRecord record, String column, String message) {
		this.problems.add(new ImportProblem(record.fileName(), record.line(), record.columnOf(column), message));
	}

}
