package org.vinculos.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;

/**
 * How a Cypher script with its rows runs, the same for the seed at start-up and for a steward's {@code cypher}
 * command: a script with a CSV file of the same name beside it ({@code 040_cities.cypher}, {@code 040_cities.csv})
 * holds one statement, which runs once for every {@value #BATCH_SIZE} rows of the file, given as {@code $rows}, each
 * batch committed on its own. A row is a map of its columns in which an empty field is null (SET with null leaves the
 * property out).
 */
public final class ScriptRunner {

	/** The rows a statement receives at once, as {@code $rows}. */
	public static final int BATCH_SIZE = 5_000;

	private ScriptRunner() {
	}

	/** The name of the CSV file whose rows a script takes: the script's, ending in {@code .csv}. */
	public static String rowsName(String scriptName) {
		int dot = scriptName.lastIndexOf('.');
		return ((dot < 0) ? scriptName : scriptName.substring(0, dot)) + ".csv";
	}

	/** The CSV file beside a script file, whose rows its statement takes, or null when there is none. */
	public static @Nullable Path rowsBeside(Path script) {
		String name = script.getFileName().toString();
		if (!name.endsWith(".cypher")) {
			return null;
		}
		Path csv = script.resolveSibling(rowsName(name));
		return Files.isRegularFile(csv) ? csv : null;
	}

	/** Why a script with rows beside it cannot run: it must hold exactly one statement; null when it does. */
	public static @Nullable String oneStatementProblem(String scriptName, String csvName, long statements) {
		if (statements == 1) {
			return null;
		}
		return scriptName + ": holds " + statements + " statements; with " + csvName
				+ String.format(Locale.ROOT, " beside it, it must hold one, which runs once for every %,d rows of the file",
						BATCH_SIZE);
	}

	/**
	 * Runs the statement once for every batch of the reader's rows, each in a transaction of its own, with the
	 * parameters and the batch as {@code $rows}.
	 * @param rowsWritten told how many rows each committed batch held
	 * @return what each batch changed
	 */
	public static List<SummaryCounters> runOnRows(Session session, String statement, CsvReader reader,
			Map<String, Object> parameters, IntConsumer rowsWritten) {
		List<SummaryCounters> counters = new ArrayList<>();
		forEachBatch(reader, batch -> {
			Map<String, Object> withRows = new HashMap<>(parameters);
			withRows.put("rows", batch);
			counters.add(session.run(statement, withRows).consume().counters());
			rowsWritten.accept(batch.size());
		});
		return counters;
	}

	/** Hands the rows over {@value #BATCH_SIZE} at a time, so that a large file never sits in memory as maps. */
	private static void forEachBatch(CsvReader reader, Consumer<List<Map<String, Object>>> action) {
		List<Map<String, Object>> batch = new ArrayList<>(BATCH_SIZE);
		while (reader.hasNext()) {
			CsvRecord record = reader.next();
			Map<String, Object> row = new HashMap<>();
			record.values().forEach((column, value) -> row.put(column, value.isEmpty() ? null : value));
			batch.add(row);
			if (batch.size() == BATCH_SIZE || !reader.hasNext()) {
				action.accept(batch);
				batch = new ArrayList<>(BATCH_SIZE);
			}
		}
	}

}
