package org.vinculos.seed.convert;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;

/**
 * Reads the CSV files of {@code ../shared/data}, each row with its line, named by its path below the data folder.
 */
final class DataFiles {

	private DataFiles() {
	}

	static void read(Path dataDir, String file, Consumer<CsvRecord> action) {
		try (var reader = CsvReader.open(new InputStreamReader(Files.newInputStream(dataDir.resolve(file)),
				StandardCharsets.UTF_8), file)) {
			reader.forEachRemaining(action);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
