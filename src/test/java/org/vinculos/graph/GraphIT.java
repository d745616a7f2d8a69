package org.vinculos.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GraphIT {

	private static final String GRAPH = """
			query Graph($centerIds: [ID!]!, $depth: Int, $types: [String!], $limit: Int) {
			  graph(centerIds: $centerIds, depth: $depth, relationshipTypes: $types, limit: $limit) {
			    nodes { id label type properties }
			    edges { id source target type properties }
			    truncated
			  }
			}""";

	@LocalServerPort
	int port;

	@Test
	void theNeighbourhoodOfMexicoCityHoldsItsSisterCitiesNetworksAndCountryWithSourcedEdges() {
		var response = graph(Map.of("centerIds", List.of("inegi:09"), "depth", 1, "limit", 500));

		List<Map<String, Object>> nodes = response.field("graph.nodes").getValue();
		List<Map<String, Object>> edges = response.field("graph.edges").getValue();
		Set<String> ids = nodes.stream().map(n -> (String) n.get("id")).collect(Collectors.toSet());
		assertThat(ids).contains("inegi:09", "MX", "network:c40", "network:conlosrefugiados", "geonames:3117735");
		assertThat(edges).extracting(e -> (String) e.get("type")).contains("SISTER_CITY", "MEMBER_OF", "IN_COUNTRY",
				"NAMED_MIRROR");
		assertThat(edges).allSatisfy(edge -> {
			assertThat(ids).contains((String) edge.get("source"), (String) edge.get("target"));
			assertThat((Map<String, Object>) edge.get("properties")).containsKey("source");
		});
		assertThat(nodes).filteredOn(n -> "inegi:09".equals(n.get("id"))).singleElement()
			.satisfies(n -> assertThat((Map<String, Object>) n.get("properties")).containsKey("location").doesNotContainKey("seed"));
		assertThat(response.field("graph.truncated").<Boolean>getValue()).isFalse();
	}

	@Test
	void aLimitCutsTheGraphAndSaysSo() {
		var response = graph(Map.of("centerIds", List.of("inegi:09"), "depth", 2, "limit", 50));

		assertThat(response.field("graph.nodes").<List<?>>getValue()).hasSize(50);
		assertThat(response.field("graph.truncated").<Boolean>getValue()).isTrue();
	}

	@Test
	void relationshipTypesNarrowTheEdges() {
		var response = graph(Map.of("centerIds", List.of("inegi:14039"), "depth", 1, "types", List.of("SISTER_CITY")));

		assertThat(response.field("graph.edges").<List<Map<String, Object>>>getValue()).isNotEmpty()
			.allSatisfy(edge -> assertThat(edge.get("type")).isEqualTo("SISTER_CITY"));
	}

	@Test
	void aRelationshipTypeTheGraphLacksIsABadRequestThatListsThoseItHas() {
		var response = graph(Map.of("centerIds", List.of("inegi:14039"), "types", List.of("SISTER_CITY", "TWINNED_WITH")));

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).startsWith("Argument 'relationshipTypes' names no relationship of the graph: "
					+ "TWINNED_WITH; the graph's are ").contains("MEMBER_OF", "SISTER_CITY");
		});
	}

	@Test
	void aDepthAboveThreeIsABadRequest() {
		var response = graph(Map.of("centerIds", List.of("inegi:09"), "depth", 4));

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("'depth'");
		});
	}

	private ClientGraphQlResponse graph(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).document(GRAPH).variables(variables).executeSync();
	}

}
