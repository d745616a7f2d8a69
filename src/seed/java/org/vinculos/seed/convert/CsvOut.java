package org.vinculos.seed.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV with a header row, quoting only where a field needs it.
 */
final class CsvOut implements AutoCloseable {

	private final Writer writer;

	private final int columns;

	CsvOut(Path file, List<String> header) {
		try {
			this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.columns = header.size();
		row(header.toArray());
	}

	void row(Object... values) {
		if (values.length != this.columns) {
			throw new IllegalArgumentException("Expected " + this.columns + " values, got " + values.length);
		}
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.writer.write(',');
				}
				this.writer.write(quote(values[i]));
			}
			this.writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String quote(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof List<?> list)
				? String.join("|", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public void close() {
		try {
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
