package org.vinculos.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchIT {

	private static final String SEARCH = """
			query Search($text: String!, $types: [EntityType!], $first: Int) {
			  search(text: $text, types: $types, first: $first) { id type name country population score }
			}""";

	@LocalServerPort
	int port;

	@Test
	void searchIgnoresAccentsAndCase() {
		assertThat(ids(search(Map.of("text", "queretaro", "first", 5)))).contains("MX-22", "inegi:22014");
	}

	@Test
	void theCapitalIsFoundByItsEnglishAndItsSpanishName() {
		for (String text : List.of("Mexico City", "Ciudad de México", "CDMX")) {
			assertThat(ids(search(Map.of("text", text, "types", List.of("CITY"), "first", 3)))).as(text).first()
				.isEqualTo("inegi:09");
		}
	}

	@Test
	void aNetworkIsFoundByItsHashtagWithoutTheHash() {
		assertThat(ids(search(Map.of("text", "conlosrefugiados")))).first().isEqualTo("network:conlosrefugiados");
	}

	@Test
	void theLastWordMatchesAsAPrefixWhileSomeoneTypes() {
		assertThat(ids(search(Map.of("text", "guadalaj", "types", List.of("CITY"), "first", 2)))).first()
			.isEqualTo("inegi:14039");
	}

	@Test
	void anEmptyTextOrTooManyHitsAreBadRequests() {
		assertThat(search(Map.of("text", " ?! ")).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("'text'"));
		assertThat(search(Map.of("text", "san", "first", 500)).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("'first'"));
	}

	private ClientGraphQlResponse search(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).document(SEARCH).variables(variables).executeSync();
	}

	private static List<String> ids(ClientGraphQlResponse response) {
		assertThat(response.getErrors()).isEmpty();
		return response.field("search").<List<Map<String, Object>>>getValue().stream().map(hit -> (String) hit.get("id")).toList();
	}

}
