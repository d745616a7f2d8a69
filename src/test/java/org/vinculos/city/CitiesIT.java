package org.vinculos.city;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.CountingStatements;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import org.vinculos.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(CountingStatements.class)
class CitiesIT {

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter counter;

	@Test
	void aPageOf100CitiesWithTheirSisterCitiesAndNetworksCostsAsManyStatementsAsAPageOf5() {
		this.counter.reset();
		var small = page(Map.of("first", 5));
		int forFive = this.counter.statements();
		this.counter.reset();
		var large = page(Map.of("first", 100));
		int forHundred = this.counter.statements();

		assertThat(small.getErrors()).isEmpty();
		assertThat(large.field("cities.edges").<List<?>>getValue()).hasSize(100);
		assertThat(forFive).as("statements for a page of 5").isPositive();
		assertThat(forHundred).as("statements for a page of 100").isEqualTo(forFive).isLessThanOrEqualTo(8);
	}

	@Test
	void pagesFollowOneAnotherByCursorInPopulationOrder() {
		var first = page(Map.of("first", 3, "filter", Map.of("country", "MX")));
		String end = first.field("cities.pageInfo.endCursor").getValue();
		var second = page(Map.of("first", 3, "after", end, "filter", Map.of("country", "MX")));

		assertThat(first.field("cities.totalCount").<Integer>getValue()).isEqualTo(2479);
		assertThat(first.field("cities.edges[0].node.name").<String>getValue()).isEqualTo("Ciudad de México");
		assertThat(second.field("cities.pageInfo.hasPreviousPage").<Boolean>getValue()).isTrue();
		List<Integer> populations = List.of(first.field("cities.edges[2].node.population.value").<Integer>getValue(),
				second.field("cities.edges[0].node.population.value").<Integer>getValue());
		assertThat(populations.get(0)).isGreaterThanOrEqualTo(populations.get(1));
	}

	@Test
	void filtersCombineCountryPopulationNetworkAndSisterCityCountry() {
		var c40 = page(Map.of("first", 10, "filter", Map.of("country", "MX", "network", "network:c40")));
		assertThat(c40.field("cities.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.as("C40 in Mexico: CDP's lists of 2016 to 2020").extracting(edge -> edge.get("node").get("name"))
			.containsExactly("Ciudad de México", "Guadalajara");

		var twinnedWithJapan = page(Map.of("first", 100,
				"filter", Map.of("country", "MX", "sisterCityIn", "JP", "minPopulation", 1_000_000)));
		assertThat(twinnedWithJapan.field("cities.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.extracting(edge -> edge.get("node").get("name")).contains("Guadalajara");
	}

	@Test
	void aPageLargerThan100IsAnErrorNotASilentCut() {
		var response = page(Map.of("first", 101));

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("'first'").contains("100");
		});
	}

	private ClientGraphQlResponse page(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).documentName("citiesPage").variables(variables).executeSync();
	}

}
