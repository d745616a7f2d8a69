package org.vinculos.csv;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		String csv = "\uFEFFname,note\r\n\"Oaxaca de Juárez\",\"a \"\"quoted\"\", text\"\nMérida,\"two\nlines\"\n";
		try (var reader = CsvReader.open(new StringReader(csv), "cities.csv")) {
			var records = reader.readAll();

			assertThat(reader.header()).containsExactly("name", "note");
			assertThat(records).hasSize(2);
			assertThat(records.get(0).get("name")).isEqualTo("Oaxaca de Juárez");
			assertThat(records.get(0).get("note")).isEqualTo("a \"quoted\", text");
			assertThat(records.get(0).line()).isEqualTo(2);
			assertThat(records.get(1).get("note")).isEqualTo("two\nlines");
			assertThat(records.get(1).line()).isEqualTo(3);
			assertThat(records.get(1).columnOf("note")).isEqualTo(8);
		}
	}

	@Test
	void skipsBlankLinesAndAcceptsAMissingFinalLineBreak() {
		try (var reader = CsvReader.open(new StringReader("a,b\n\n1,2\n\n3,4"), "x.csv")) {
			assertThat(reader.readAll()).extracting(r -> r.get("b")).containsExactly("2", "4");
		}
	}

	@Test
	void reportsAWrongNumberOfFieldsWithFileLineAndColumn() {
		try (var reader = CsvReader.open(new StringReader("a,b\n1,2\n3\n"), "pairs.csv")) {
			assertThatThrownBy(reader::readAll).isInstanceOf(CsvFormatException.class)
				.hasMessage("pairs.csv:3:1: expected 2 fields as in the header, found 1");
		}
	}

	@Test
	void skipsRowsOfOnlyCommasAsSpreadsheetsSaveEmptyRows() {
		try (var reader = CsvReader.open(new StringReader("a,b,c\n,,\n1,2,3\n,\n\"\",,\n"), "sheet.csv")) {
			assertThat(reader.readAll()).extracting(r -> r.line() + ":" + r.get("c")).containsExactly("3:3");
		}
	}

	@Test
	void readingAllGoesOnPastMalformedRecordsAndHandsEachOver() {
		List<String> malformed = new ArrayList<>();
		try (var reader = CsvReader.open(new StringReader("a,b\n1,2,3\n\"4\"x,\"y\"\n5,6\n7\n8,9"), "pairs.csv")) {
			assertThat(reader.readAll(ex -> malformed.add(ex.getMessage()))).extracting(r -> r.get("a"))
				.containsExactly("5", "8");
		}
		assertThat(malformed).containsExactly("pairs.csv:2:1: expected 2 fields as in the header, found 3",
				"pairs.csv:3:4: unexpected character after a closing quote",
				"pairs.csv:5:1: expected 2 fields as in the header, found 1");
	}

	@Test
	void reportsAnUnclosedQuoteWhereTheFieldStarts() {
		assertThatThrownBy(() -> CsvReader.open(new StringReader("a,b\n1,\"open\n"), "bad.csv").readAll())
			.isInstanceOf(CsvFormatException.class)
			.hasMessage("bad.csv:2:3: a quoted field is never closed");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThatThrownBy(() -> CsvReader.open(new StringReader(""), "empty.csv"))
			.hasMessage("empty.csv:1:1: the file is empty; a header row is required");
	}

}
