package org.vinculos.diaspora;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DiasporaIT {

	@LocalServerPort
	int port;

	@Test
	void theLargestMexicanDiasporaIsInTheUnitedStatesAsUnDesaCountsIt() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ diasporas(origin: "MX", first: 3) { id origin { id type } destination { id name } stock stockYear source } }""")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> diasporas = response.field("diasporas").getValue();
		assertThat(diasporas).hasSize(3);
		assertThat(diasporas.getFirst()).containsEntry("id", "diaspora:MX>US").containsEntry("stockYear", 2019)
			.containsEntry("source", "undesa-2019");
		assertThat((Integer) diasporas.getFirst().get("stock")).isGreaterThan(10_000_000);
		assertThat(diasporas).extracting(d -> (Integer) d.get("stock")).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void aMexicanCityShowsItsCountrysDiasporasInBothDirectionsWithTheirScope() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ city(id: "inegi:14039") { diasporas { direction scope diaspora { id origin { id } destination { id } } } } }""")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> diasporas = response.field("city.diasporas").getValue();
		assertThat(diasporas).extracting(d -> d.get("scope")).containsOnly("COUNTRY");
		assertThat(diasporas).filteredOn(d -> d.get("direction").equals("FROM_HERE"))
			.extracting(d -> (Object) ((Map<?, ?>) d.get("diaspora")).get("id")).contains("diaspora:MX>US", "diaspora:MX>ES");
		assertThat(diasporas).filteredOn(d -> d.get("direction").equals("LIVING_HERE"))
			.extracting(d -> (Object) ((Map<?, ?>) d.get("diaspora")).get("id")).contains("diaspora:US>MX", "diaspora:GT>MX");
	}

	@Test
	void aForeignCityShowsTheMexicansWhoLiveInItsCountry() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ city(name: "Madrid", country: "ES") { diasporas { direction scope diaspora { id } } } }""")
			.executeSync();

		assertThat(response.field("city.diasporas").<List<Map<String, Object>>>getValue())
			.contains(Map.of("direction", "LIVING_HERE", "scope", "COUNTRY", "diaspora", Map.of("id", "diaspora:MX>ES")));
	}

	@Test
	void aTooLargePageOfDiasporasIsABadRequestNamingTheArgument() {
		var response = GraphQlClients.overHttp(this.port).document("{ diasporas(first: 1000) { id } }").executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("first");
		});
	}

}
