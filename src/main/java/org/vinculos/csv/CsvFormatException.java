package org.vinculos.csv;

/**
 * A CSV file that is not well-formed, with the place where reading stopped.
 */
public class CsvFormatException extends RuntimeException {

	private final String fileName;

	private final int line;

	private final int column;

	private final String reason;

	public CsvFormatException(String fileName, int line, int column, String reason) {
		super(fileName + ":" + line + ":" + column + ": " + reason);
		this.fileName = fileName;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	public String fileName() {
		return this.fileName;
	}

	public int line() {
		return this.line;
	}

	public int column() {
		return this.column;
	}

	public String reason() {
		return this.reason;
	}

}
