package org.vinculos.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.csv.CsvFormatException;
import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.Sources;

/**
 * Reads an import file: its bytes (UTF-8, checked), its kind (named, or recognised by its header), its header's
 * columns and its records, each problem told at its line and column. The rows' own checks are their kind's.
 */
final class ImportFileReader {

	/**
	 * The most characters one value of an import file may hold: ids are built from names, titles and sources, and a
	 * longer one would not fit the database's index.
	 */
	static final int MAX_VALUE = 1_000;

	/** A file read whole: its name, its kind, its records (until they are checked) and the SHA-256 of its bytes. */
	record Read(String name, ImportKind kind, List<CsvRecord> records, String sha256) {
	}

	private ImportFileReader() {
	}

	/**
	 * Reads a file and recognises its kind, or adds the problems that prevent it.
	 * @param kind the kind the steward named, or null to recognise it by the header
	 * @return the file read, or null after adding its problems
	 */
	static @Nullable Read read(Path file, @Nullable String kind, List<ImportProblem> problems) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			problems.add(new ImportProblem(name, 1, 1, "cannot read the file: " + ex.getMessage()));
			return null;
		}
		CsvFormatException notUtf8 = CsvReader.notUtf8(name, bytes);
		if (notUtf8 != null) {
			problems.add(new ImportProblem(name, notUtf8.line(), notUtf8.column(), notUtf8.reason()));
			return null;
		}
		// Column names are read case-blind: a sheet whose header says City_A means city_a.
		try (CsvReader reader = CsvReader.open(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
				name, column -> column.toLowerCase(Locale.ROOT))) {
			ImportKind fileKind = kindOf(name, reader.header(), reader.headerColumns(), kind, problems);
			if (fileKind == null) {
				return null;
			}
			int before = problems.size();
			List<CsvRecord> read = reader.readAll(
					malformed -> problems.add(new ImportProblem(name, malformed.line(), malformed.column(), malformed.reason())));
			if (read.isEmpty() && problems.size() == before) {
				problems.add(new ImportProblem(name, 1, 1, "the file has a header but no rows"));
				return null;
			}
			unnamedColumnsHoldNothing(name, reader.header(), read, problems);
			valuesFit(name, reader.header(), read, problems);
			return new Read(name, fileKind, new ArrayList<>(read), Sources.sha256(bytes));
		}
		catch (CsvFormatException ex) {
			problems.add(new ImportProblem(name, ex.line(), ex.column(), ex.reason()));
			return null;
		}
	}

	/** The kind of a file, named or recognised by its header, or null after adding the problem with its header. */
	private static @Nullable ImportKind kindOf(String name, List<String> header, List<Integer> columns,
			@Nullable String named, List<ImportProblem> problems) {
		// A spreadsheet saved with a semicolon or tab as its separator reads as a one-column file.
		if (header.size() == 1 && (header.getFirst().contains(";") || header.getFirst().contains("\t"))) {
			problems.add(new ImportProblem(name, 1, 1, "the columns are separated by "
					+ (header.getFirst().contains(";") ? "semicolons" : "tabs")
					+ "; they must be separated by commas (save the sheet as \"CSV UTF-8 (comma delimited)\")"));
			return null;
		}
		ImportKind kind = (named != null) ? ImportKind.named(named) : ImportKind.recognise(header);
		if (kind == null && named == null) {
			// A header short of a column or two is told what it lacks rather than that it is of no kind.
			kind = ImportKind.closest(header);
		}
		if (kind == null && named != null) {
			problems.add(new ImportProblem(name, 1, 1, "unknown kind " + named + "; known kinds: "
					+ String.join(", ", FactKind.TITLES)));
			return null;
		}
		if (kind == null) {
			problems.add(new ImportProblem(name, 1, 1, "the header names no known kind of file: "
					+ String.join("; ", Arrays.stream(ImportKind.values()).map(ImportKind::describe).toList())));
			return null;
		}
		if (!header.containsAll(kind.required())) {
			List<String> missing = kind.required().stream().filter(c -> !header.contains(c)).toList();
			problems.add(new ImportProblem(name, 1, 1, "the header is missing " + String.join(", ", missing) + "; "
					+ kind.describe()));
			return null;
		}
		int before = problems.size();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String title = header.get(i);
			if (title.isEmpty()) {
				// A spreadsheet saves a column it once used as one without a name; what it holds is checked row by row.
				continue;
			}
			Integer first = seen.putIfAbsent(title, i + 1);
			if (first != null) {
				problems.add(new ImportProblem(name, 1, columns.get(i), "column \"" + title + "\" is named twice (fields "
						+ first + " and " + (i + 1) + "); keep one"));
			}
			else if (!kind.required().contains(title) && !kind.optional().contains(title)) {
				problems.add(new ImportProblem(name, 1, columns.get(i), "unknown column \"" + title + "\"; " + kind.describe()));
			}
		}
		return (problems.size() == before) ? kind : null;
	}

	/** A column without a name in the header may be there, empty, as spreadsheets save one; a value in it is a problem. */
	private static void unnamedColumnsHoldNothing(String name, List<String> header, List<CsvRecord> records,
			List<ImportProblem> problems) {
		for (int i = 0; i < header.size(); i++) {
			int field = i;
			if (!header.get(field).isEmpty()) {
				continue;
			}
			List<CsvRecord> holding = records.stream().filter(record -> !record.field(field).isBlank()).toList();
			if (!holding.isEmpty()) {
				CsvRecord first = holding.getFirst();
				problems.add(new ImportProblem(name, first.line(), first.columnOfField(field), "field " + (field + 1)
						+ " has no column name in the header, yet holds \"" + first.field(field) + "\""
						+ ((holding.size() == 2) ? " (and so does 1 more row)"
								: (holding.size() > 2) ? " (and so do " + (holding.size() - 1) + " more rows)" : "")
						+ "; name the column or leave it empty"));
			}
		}
	}

	/** A value may hold at most {@link #MAX_VALUE} characters. */
	private static void valuesFit(String name, List<String> header, List<CsvRecord> records, List<ImportProblem> problems) {
		for (CsvRecord record : records) {
			for (int field = 0; field < header.size(); field++) {
				int length = record.field(field).length();
				if (length > MAX_VALUE) {
					problems.add(new ImportProblem(name, record.line(), record.columnOfField(field), header.get(field)
							+ " holds " + length + " characters; a value may hold at most " + MAX_VALUE));
				}
			}
		}
	}

}
