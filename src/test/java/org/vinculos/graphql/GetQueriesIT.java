package org.vinculos.graphql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries by GET, as GraphQL over HTTP describes them, and mutations refused by GET. */
@IntegrationTest
class GetQueriesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aQueryByGetAnswersLikeAPostAndMayBeCached() throws Exception {
		HttpResponse<String> response = get(Map.of("query", "query City($id: ID) { city(id: $id) { name } }",
				"variables", "{\"id\": \"inegi:19039\"}", "operationName", "City"), "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/json"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60");
		assertThat(JSON.readTree(response.body()).get("data").get("city").get("name").asString()).isEqualTo("Monterrey");
	}

	@Test
	void aMutationByGetIsMethodNotAllowedAndWritesNothing() throws Exception {
		HttpResponse<String> response = get(Map.of("query", "mutation { removeSisterLink(input: {cityA: \"inegi:19039\", "
				+ "cityB: \"geonames:4699066\", source: \"x\"}) { __typename } }"), "application/json");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(JSON.readTree(response.body()).get("detail").asString())
			.isEqualTo("A mutation or subscription is sent by POST; GET only reads");
	}

	@Test
	void aGetWithoutQueryOrWithBrokenVariablesIsABadRequestSayingWhich() throws Exception {
		HttpResponse<String> missing = get(Map.of("operationName", "x"), "application/json");
		HttpResponse<String> broken = get(Map.of("query", "{ about { version } }", "variables", "{id:"), "application/json");

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(missing.body()).get("detail").asString()).startsWith("query:");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(broken.body()).get("detail").asString()).startsWith("variables: not a JSON object");
	}

	@Test
	void withTheGraphQlResponseTypeADocumentThatCannotRunIs400AndErrorsAreNotCached() throws Exception {
		HttpResponse<String> invalid = get(Map.of("query", "{ nothingHere }"), "application/graphql-response+json");

		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/graphql-response+json"));
		assertThat(invalid.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
			.contains("no-store"));
		JsonNode errors = JSON.readTree(invalid.body()).get("errors");
		assertThat(errors.get(0).get("message").asString()).contains("nothingHere");
	}

	@Test
	void anAcceptHeaderThatDoesNotParseGetsJson() throws Exception {
		HttpResponse<String> response = get(Map.of("query", "{ about { version } }"), "text/;;x");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("data").get("about").get("version").asString()).isNotBlank();
	}

	private HttpResponse<String> get(Map<String, String> parameters, String accept) throws Exception {
		String query = new LinkedHashMap<>(parameters).entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql?" + query))
				.header("Accept", accept)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
