package org.vinculos.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;

/**
 * A file of one row checked as an import checks it (a dry run), its problems told as a mutation tells its errors:
 * {@code field CODE: message}, the field found from the column the problem is at. Shows that a file and a mutation
 * say the same of the same mistake.
 */
public final class OneRowFile {

	private OneRowFile() {
	}

	/**
	 * @param header the file's header
	 * @param row the row, without quoted fields, so that its fields start where its commas say
	 * @param fields the statement's field for each column of the header, in order
	 */
	public static List<String> problems(ImportService importer, Path directory, String name, String header, String row,
			List<String> fields) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, header + "\n" + row + "\n");
		Map<Integer, String> byColumn = new HashMap<>();
		int at = 1;
		String[] values = row.split(",", -1);
		for (int i = 0; i < values.length; i++) {
			byColumn.put(at, fields.get(i));
			at += values[i].length() + 1;
		}
		ImportReport report = importer.importFiles(List.of(file), null, true, "test", (written, total) -> {
		});
		return report.problems().stream().map(p -> byColumn.get(p.column()) + " " + p.code() + ": " + p.message()).toList();
	}

	/** A mutation's errors as {@code field CODE: message}. */
	public static List<String> errors(List<Map<String, Object>> errors) {
		return errors.stream().map(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message")).toList();
	}

}
