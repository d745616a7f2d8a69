package org.vinculos.city;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTests {

	@Test
	void casesAndAccentsFoldAlike() {
		assertThat(NameKey.of("Querétaro")).isEqualTo(NameKey.of("QUERETARO")).isEqualTo("queretaro");
		assertThat(NameKey.of("São Paulo")).isEqualTo("sao paulo");
		assertThat(NameKey.of("Kyïv")).isEqualTo(NameKey.of("Kyiv"));
	}

	@Test
	void lettersWithoutADecompositionAreSpelledInAscii() {
		assertThat(NameKey.of("Tønder")).isEqualTo("tonder");
		assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
		assertThat(NameKey.of("Straße")).isEqualTo("strasse");
		assertThat(NameKey.of("Ærøskøbing")).isEqualTo("aeroskobing");
	}

	@Test
	void punctuationAndRunsOfSpacesBecomeOneSpace() {
		assertThat(NameKey.of("  Ciudad   de México ")).isEqualTo("ciudad de mexico");
		assertThat(NameKey.of("Winston-Salem")).isEqualTo("winston salem");
		assertThat(NameKey.of("O'Higgins")).isEqualTo("o higgins");
		assertThat(NameKey.of("\"*)(")).isEmpty();
	}

	@Test
	void aPhraseQuotesTheNameAsTypedAndEscapesWhatWouldEndIt() {
		assertThat(NameKey.phrase("San José")).isEqualTo("\"San José\"");
		assertThat(NameKey.phrase("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
	}

}
