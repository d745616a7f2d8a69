package org.vinculos.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request may ask: each limit of {@link QueryLimits} refuses with a GraphQL error that names it, and
 * ordinary requests (the explorer's, GraphiQL's introspection) stay well within them.
 */
@IntegrationTest
class QueryLimitsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aQueryNestedDeeperThanTheLimitIsRefusedSayingHowDeep() throws Exception {
		String deep = "{ city(id: \"inegi:19039\") { " + "sisterCities { city { ".repeat(7) + "id" + " } }".repeat(7) + " } }";

		JsonNode error = onlyError(post(deep));

		assertThat(error.get("extensions").get("classification").asString()).isEqualTo("QUERY_TOO_DEEP");
		assertThat(error.get("message").asString()).startsWith("The query nests fields 16 deep; at most 15 is allowed");
	}

	@Test
	void aQueryThatWouldCostTooMuchIsRefusedBeforeItRunsWhileTheExplorersQueriesPass() throws Exception {
		String graph = "graph(centerIds: [\"MX\"], depth: 3, limit: 2000) { nodes { id label type properties } "
				+ "edges { id source target type properties } }";
		JsonNode error = onlyError(post(IntStream.range(0, 5).mapToObj(i -> "g" + i + ": " + graph)
			.collect(Collectors.joining(" ", "{ ", " }"))));
		JsonNode explorer = JSON.readTree(post("{ graph(centerIds: [\"inegi:09\"], depth: 2, limit: 300) { nodes { id label "
				+ "type properties } edges { id source target type properties } truncated } }").body());
		JsonNode nestedLists = onlyError(post("{ cities(first: 100) { edges { node { sisterCities { city { sisterCities "
				+ "{ city { sisterCities { city { id } } } } } } } } } }"));

		assertThat(error.get("extensions").get("classification").asString()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(error.get("extensions").get("value").asInt()).isEqualTo(5 * (1 + 2000 * (1 + 4 + 1 + 5)));
		assertThat(error.get("extensions").get("limit").asInt()).isEqualTo(100_000);
		assertThat(explorer.has("errors")).isFalse();
		assertThat(explorer.get("data").get("graph").get("nodes")).hasSize(300);
		assertThat(nestedLists.get("extensions").get("classification").asString()).isEqualTo("QUERY_TOO_COMPLEX");
	}

	@Test
	void tooManyAliasesOrOperationsInOneDocumentAreRefusedAtTheFirstOneTooMany() throws Exception {
		String aliases = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": about { version }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		String operations = IntStream.range(0, 11).mapToObj(i -> "query Q" + i + " { about { version } }")
			.collect(Collectors.joining(" "));

		JsonNode alias = onlyError(post(aliases));
		JsonNode operation = onlyError(post(operations));

		assertThat(alias.get("extensions").get("classification").asString()).isEqualTo("TOO_MANY_ALIASES");
		assertThat(alias.get("message").asString()).startsWith("The document has 31 aliased fields; at most 30");
		assertThat(alias.get("locations").get(0).get("column").asInt()).isEqualTo(aliases.indexOf("a30:") + 1);
		assertThat(operation.get("extensions").get("classification").asString()).isEqualTo("TOO_MANY_OPERATIONS");
	}

	@Test
	void circularFragmentsAndTooManyTokensAreRefusedAndIntrospectionStillWorks() throws Exception {
		JsonNode circular = JSON.readTree(post("{ ...A } fragment A on Query { about { version } ...B } "
				+ "fragment B on Query { ...A }").body()).get("errors").get(0);
		JsonNode tokens = onlyError(post("{ " + "about { version } ".repeat(1_300) + "}"));
		JsonNode introspection = JSON.readTree(post(IntrospectionQuery.INTROSPECTION_QUERY).body());

		assertThat(circular.get("message").asString()).contains("Fragment cycles not allowed");
		assertThat(tokens.get("message").asString()).contains("More than 5,000 'grammar' tokens");
		assertThat(introspection.has("errors")).as(introspection.path("errors").toString()).isFalse();
		assertThat(introspection.get("data").get("__schema").get("types").size()).isGreaterThan(50);
	}

	@Test
	void aStringLongerThanTheLimitIsRefusedNamingTheArgumentEvenInsideAnInput() throws Exception {
		JsonNode search = onlyError(post("{ search(text: \"" + "x".repeat(1_001) + "\") { id } }"));
		JsonNode agreements = onlyError(post("{ agreements(filter: {party: \"" + "x".repeat(1_200) + "\"}) { totalCount } }"));

		assertThat(search.get("extensions").get("classification").asString()).isEqualTo("STRING_TOO_LONG");
		assertThat(search.get("message").asString()).startsWith("The argument search(text) holds 1001 characters; at most 1000");
		assertThat(agreements.get("message").asString()).startsWith("The argument agreements(filter.party) holds 1200");
	}

	@Test
	void aFragmentBombCostsWhatItsFieldsCostOnceMergedAndAnswers() throws Exception {
		// Each fragment spreads the next twice: four million spreads of one field, which GraphQL merges into one.
		StringBuilder bomb = new StringBuilder("{ ...F0 }");
		for (int i = 0; i < 22; i++) {
			bomb.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
				.append(" }");
		}
		bomb.append(" fragment F22 on Query { about { version } }");

		JsonNode answer = JSON.readTree(post(bomb.toString()).body());

		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.get("data").get("about").get("version").asString()).isNotBlank();
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
		String huge = "{ search(text: \"" + "x".repeat(300_000) + "\") { id } }";

		HttpResponse<String> response = post(huge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(response.body()).get("detail").asString())
			.startsWith("A GraphQL request body may hold at most 262144 bytes");
	}

	@Test
	void pagesAreAtMostAHundredEverywhere() throws Exception {
		for (String query : Map.of("diasporas", "{ diasporas(first: 101) { id } }", "search",
				"{ search(text: \"Mon\", first: 101) { id } }", "cities", "{ cities(first: 101) { totalCount } }",
				"agreements", "{ agreements(first: 101) { totalCount } }", "mirrorIndex",
				"{ mirrorIndex(first: 101) { totalCount } }").values()) {
			JsonNode error = onlyError(post(query));
			assertThat(error.get("message").asString()).as(query).contains("first");
			assertThat(error.get("path")).as(query).isNotNull();
		}
	}

	private HttpResponse<String> post(String document) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private static JsonNode onlyError(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		assertThat(errors).as(response.body()).hasSize(1);
		return errors.get(0);
	}

}
