package org.vinculos.city;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vinculos.provenance.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class CityRulesTests {

	private static final CityRules.Known KNOWN = new CityRules.Known(Set.of("MX", "US"), Map.of("MX-14", "MX", "US-TX", "US"));

	private static CityStatement city(String id, String name, String country, String region) {
		return new CityStatement(id, name, country, region, null, List.of(" Tapatía ", "", "Tapatía"), 1_000L, 2020, 20.67,
				-103.35, "Censo", null);
	}

	@Test
	void aWellFormedCityPassesAndItsOtherNamesAreKeptOnceEach() {
		CityStatement guadalajara = city(null, "Guadalajara", "mx", "MX-14");

		assertThat(CityRules.values(guadalajara, KNOWN)).isEmpty();
		assertThat(guadalajara.names()).containsExactly("Tapatía");
		assertThat(CityRules.country(guadalajara)).isEqualTo("MX");
	}

	@Test
	void aCityWithoutAnIdIsTheOneOfItsNameOrANewOneButNeverOneOfSeveral() {
		List<Problem> problems = new java.util.ArrayList<>();

		assertThat(CityRules.id(city(null, "Tlajomulco de Zúñiga", "MX", "MX-14"), List.of(), problems))
			.isEqualTo("city:mx-14:tlajomulco-de-zuniga");
		assertThat(CityRules.id(city(null, "Guadalajara", "MX", null), List.of("inegi:14039"), problems))
			.isEqualTo("inegi:14039");
		assertThat(CityRules.id(city(null, "San Juan", "MX", null), List.of("inegi:07014", "inegi:20172"), problems)).isNull();
		assertThat(problems).extracting(Problem::message)
			.containsExactly("\"San Juan\" names 2 cities in MX (inegi:07014, inegi:20172); give id");
	}

	@Test
	void idsHaveTheirSourcesFormsAndAnInegiIdItsState() {
		assertThat(CityRules.values(city("inegi:15001", "Acambay", "MX", "MX-14"), KNOWN)).extracting(Problem::message)
			.containsExactly("the INEGI id inegi:15001 is a municipality of MX-15, not of MX-14");
		assertThat(CityRules.values(city("geonames:abc", "Austin", "US", "US-TX"), KNOWN)).extracting(Problem::message)
			.containsExactly("a GeoNames id is a number (geonames:4676740), got: geonames:abc");
	}

	@Test
	void aStatementAddsToACityAndNeverContradictsAnotherSource() {
		CityRules.Stored stored = new CityRules.Stored(true, "MX", "municipio", "MX-14", 20.67, -103.35, "inegi-municipios");

		assertThat(CityRules.contradictions(city("inegi:14039", "Guadalajara", "MX", "MX-14"), "inegi:14039", stored))
			.isEmpty();
		assertThat(CityRules.contradictions(new CityStatement("inegi:14039", "Guadalajara", "MX", "MX-19", "city", List.of(),
				null, null, 25.0, -100.0, "Otra fuente", null), "inegi:14039", stored))
			.extracting(Problem::field).containsExactly("kind", "region", "latitude");
	}

}
