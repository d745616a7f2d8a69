package org.vinculos.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AgreementsIT {

	private static final String AGREEMENTS = """
			query Agreements($filter: AgreementFilter, $first: Int) {
			  agreements(filter: $filter, first: $first) {
			    totalCount
			    edges { node { id title kind counterpartType parties { id role } topics sources } }
			  }
			}""";

	@LocalServerPort
	int port;

	@Test
	void agreementsFilterByPartyWithTheirPartiesAndSources() {
		var response = agreements(Map.of("filter", Map.of("party", "MX-19")));

		assertThat(response.field("agreements.totalCount").<Integer>getValue()).isEqualTo(4);
		List<Map<String, Map<String, Object>>> edges = response.field("agreements.edges").getValue();
		assertThat(edges).allSatisfy(edge -> {
			assertThat((List<?>) edge.get("node").get("parties")).hasSize(2);
			assertThat(edge.get("node").get("sources")).isEqualTo(List.of("sre-2025-book"));
		});
	}

	@Test
	void agreementsFilterByAreaAndCounterpartCountry() {
		assertThat(agreements(Map.of("filter", Map.of("area", "topic:migration"))).field("agreements.totalCount")
			.<Integer>getValue()).isGreaterThanOrEqualTo(5);
		assertThat(agreements(Map.of("filter", Map.of("counterpartCountry", "US"))).field("agreements.edges")
			.<List<Map<String, Map<String, Object>>>>getValue()).singleElement()
			.satisfies(edge -> assertThat(edge.get("node")).containsEntry("kind", "hermanamiento"));
	}

	@Test
	void aMalformedDateOrAnOversizedPageIsABadRequest() {
		assertThat(agreements(Map.of("filter", Map.of("signedFrom", "2025-13-01"))).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage())
				.isEqualTo("Argument 'filter.signedFrom' 2025-13-01 is no calendar date: months go from 01 to 12"));
		assertThat(agreements(Map.of("filter", Map.of("signedTo", "2024-06-31"))).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage())
				.isEqualTo("Argument 'filter.signedTo' 2024-06-31 is no calendar date: June 2024 has 30 days"));
		assertThat(agreements(Map.of("filter", Map.of("signedFrom", "2020-01-01", "signedTo", "2019-12-31"))).getErrors())
			.singleElement().satisfies(error -> assertThat(error.getMessage()).isEqualTo("Argument 'filter.signedTo' "
					+ "(2019-12-31) is before 'filter.signedFrom' (2020-01-01): no agreement lies between"));
		assertThat(agreements(Map.of("filter", Map.of("signedTo", "last year"))).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage())
				.isEqualTo("Argument 'filter.signedTo' must be a date as YYYY-MM-DD, got: last year"));
		assertThat(agreements(Map.of("first", 101)).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("'first'"));
	}

	private ClientGraphQlResponse agreements(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).document(AGREEMENTS).variables(variables).executeSync();
	}

}
