package org.vinculos.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV with a header row, keeping the line and column where each record and field starts,
 * so that errors can point at them. Lines that hold no value (blank, or only the commas a spreadsheet saves for an
 * empty row) are skipped.
 */
public final class CsvReader implements Iterator<CsvRecord>, AutoCloseable {

	private final Reader reader;

	private final String fileName;

	private final List<String> header;

	private final List<Integer> headerColumns;

	private final CsvRecord.Header columns;

	private final char[] buffer = new char[64 * 1024];

	private int buffered;

	private int position;

	private int line = 1;

	private int column = 0;

	private int pushedBack = -2;

	private @Nullable CsvRecord next;

	/** Whether {@link #next} holds the record after the last one returned. */
	private boolean ahead;

	private CsvReader(Reader reader, String fileName, UnaryOperator<String> columnName) {
		this.reader = reader;
		this.fileName = fileName;
		List<Field> fields = readFields();
		if (fields == null) {
			throw new CsvFormatException(fileName, 1, 1, "the file is empty; a header row is required");
		}
		this.header = fields.stream().map(field -> columnName.apply(stripBom(field.value().strip()))).toList();
		this.headerColumns = fields.stream().map(Field::column).toList();
		this.columns = CsvRecord.Header.of(this.header);
	}

	/**
	 * Opens a CSV stream whose first row names the columns.
	 * @param reader the text, UTF-8 decoded by the caller
	 * @param fileName the name that error messages and records cite
	 */
	public static CsvReader open(Reader reader, String fileName) {
		return new CsvReader(reader, fileName, UnaryOperator.identity());
	}

	/**
	 * Opens a CSV stream whose first row names the columns, each name as {@code columnName} turns it (records are read
	 * by the names it gives).
	 */
	public static CsvReader open(Reader reader, String fileName, UnaryOperator<String> columnName) {
		return new CsvReader(reader, fileName, columnName);
	}

	/**
	 * Where a file stops being UTF-8 (a spreadsheet saved as Latin-1, say), or null when it is UTF-8 throughout: to be
	 * asked before the bytes are read as text, which would turn the foreign byte into a replacement character.
	 */
	public static @Nullable CsvFormatException notUtf8(String fileName, byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CoderResult result = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(in, CharBuffer.allocate(bytes.length), true);
		if (!result.isError()) {
			return null;
		}
		String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
		int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
		String start = before.substring(before.lastIndexOf('\n') + 1).replaceFirst("^\uFEFF", "");
		int column = start.codePointCount(0, start.length()) + 1;
		return new CsvFormatException(fileName, line, column, String.format(Locale.ROOT,
				"the file is not UTF-8: byte 0x%02X here starts no UTF-8 character (save the sheet as \"CSV UTF-8 "
						+ "(comma delimited)\")", bytes[in.position()] & 0xFF));
	}

	public List<String> header() {
		return this.header;
	}

	/** The column (in characters, from 1) where each name of the header starts. */
	public List<Integer> headerColumns() {
		return this.headerColumns;
	}

	public String fileName() {
		return this.fileName;
	}

	/**
	 * Whether a record follows.
	 * @throws CsvFormatException if the next record is malformed; reading goes on after it
	 */
	@Override
	public boolean hasNext() {
		if (!this.ahead) {
			this.next = readRecord();
			this.ahead = true;
		}
		return this.next != null;
	}

	@Override
	public CsvRecord next() {
		CsvRecord record = hasNext() ? this.next : null;
		if (record == null) {
			throw new NoSuchElementException();
		}
		this.ahead = false;
		return record;
	}

	/** Reads every remaining record into memory, failing at the first malformed one. */
	public List<CsvRecord> readAll() {
		List<CsvRecord> records = new ArrayList<>();
		forEachRemaining(records::add);
		return records;
	}

	/**
	 * Reads every remaining record into memory, handing each malformed one to {@code malformed} and going on with the
	 * next, so that one pass finds them all. A quoted field never closed takes the rest of the input with it.
	 */
	public List<CsvRecord> readAll(Consumer<CsvFormatException> malformed) {
		List<CsvRecord> records = new ArrayList<>();
		while (true) {
			try {
				if (!hasNext()) {
					return records;
				}
				records.add(next());
			}
			catch (CsvFormatException ex) {
				malformed.accept(ex);
			}
		}
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private @Nullable CsvRecord readRecord() {
		List<Field> fields;
		do {
			fields = readFields();
			if (fields == null) {
				return null;
			}
		}
		while (fields.stream().allMatch(field -> field.value().isEmpty()));
		int recordLine = fields.getFirst().line();
		if (fields.size() != this.header.size()) {
			throw new CsvFormatException(this.fileName, recordLine, 1,
					"expected " + this.header.size() + " fields as in the header, found " + fields.size());
		}
		String[] values = new String[fields.size()];
		int[] columns = new int[fields.size()];
		for (int i = 0; i < fields.size(); i++) {
			values[i] = fields.get(i).value();
			columns[i] = fields.get(i).column();
		}
		return new CsvRecord(this.fileName, recordLine, this.columns, values, columns);
	}

	/** One physical record: fields until an unquoted line break, or null at the end of input. */
	private @Nullable List<Field> readFields() {
		int c = read();
		if (c == -1) {
			return null;
		}
		List<Field> fields = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int fieldLine = this.line;
		int fieldColumn = this.column;
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new CsvFormatException(this.fileName, fieldLine, fieldColumn, "a quoted field is never closed");
				}
				if (c == '"') {
					int following = read();
					if (following == '"') {
						value.append('"');
					}
					else {
						quoted = false;
						c = following;
						continue;
					}
				}
				else {
					value.append((char) c);
				}
			}
			else if (c == '"' && value.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
				fields.add(new Field(value.toString(), fieldLine, fieldColumn));
				if (c != ',') {
					if (c == '\r') {
						int following = read();
						if (following != '\n') {
							unread(following);
						}
					}
					return fields;
				}
				value.setLength(0);
				wasQuoted = false;
				fieldLine = this.line;
				fieldColumn = this.column + 1;
			}
			else if (wasQuoted) {
				CsvFormatException junk = new CsvFormatException(this.fileName, this.line, this.column,
						"unexpected character after a closing quote");
				// The rest of the line goes with it, so that reading can go on with the next record.
				while (c != '\n' && c != -1) {
					c = read();
				}
				throw junk;
			}
			else {
				value.append((char) c);
			}
			c = read();
		}
	}

	private int read() {
		int c;
		if (this.pushedBack != -2) {
			c = this.pushedBack;
			this.pushedBack = -2;
		}
		else {
			c = nextChar();
		}
		if (c == '\n') {
			this.line++;
			this.column = 0;
		}
		else if (c != -1) {
			this.column++;
		}
		return c;
	}

	private int nextChar() {
		if (this.position == this.buffered) {
			try {
				this.buffered = this.reader.read(this.buffer);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.position = 0;
			if (this.buffered <= 0) {
				this.buffered = 0;
				return -1;
			}
		}
		return this.buffer[this.position++];
	}

	private void unread(int c) {
		this.pushedBack = c;
		if (c != -1) {
			this.column--;
		}
	}

	private static String stripBom(String name) {
		return (!name.isEmpty() && name.charAt(0) == '\uFEFF') ? name.substring(1) : name;
	}

	private record Field(String value, int line, int column) {
	}

}
