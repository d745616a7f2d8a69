package org.vinculos.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphMlIdTests {

	@Test
	void idsThatAreNameTokensStayAsTheyAre() {
		assertThat(ExportFormat.nameToken("inegi:14039")).isEqualTo("inegi:14039");
		assertThat(ExportFormat.nameToken("network:c40.cities_v-2")).isEqualTo("network:c40.cities_v-2");
	}

	@Test
	void otherCharactersAreWrittenAsTheirCodePointsAsSqlXmlEscapesNames() {
		assertThat(ExportFormat.nameToken("diaspora:MX>US")).isEqualTo("diaspora:MX_x003E_US");
		assertThat(ExportFormat.nameToken("geonames:Querétaro city")).isEqualTo("geonames:Quer_x00E9_taro_x0020_city");
		assertThat(ExportFormat.nameToken("a\uD83C\uDF0Eb")).as("a character beyond the BMP is one code point")
			.isEqualTo("a_x0001F30E_b");
	}

	@Test
	void differentIdsStayDifferent() {
		assertThat(ExportFormat.nameToken("diaspora:MX>US")).isNotEqualTo(ExportFormat.nameToken("diaspora:MX<US"));
	}

}
