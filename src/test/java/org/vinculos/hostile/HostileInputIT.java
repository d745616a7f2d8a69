package org.vinculos.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over HTTP: malformed bodies, wrong content types, invalid UTF-8, huge numbers and strings, deep
 * nesting, and Cypher-looking strings in every string argument of every query and mutation of the schema (found from
 * the schema itself, so a new field is covered without a new test). Every case answers a 4xx or a GraphQL error with
 * a message, never a 5xx, an INTERNAL_ERROR or a stack trace; a mutation never writes; and the database holds
 * exactly what it held before.
 */
@IntegrationTest
@TestPropertySource(properties = "vinculos.security.accounts=sam:STEWARD:{noop}sam-secret")
class HostileInputIT {

	/** Strings that would change a query if they were pasted into Cypher, and a few that trouble parsers. */
	static final List<String> CYPHER_LOOKING = List.of("' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //",
			"x'}) WITH 1 AS x CALL db.clearQueryCaches() //", "MATCH (n) DETACH DELETE n", "CALL db.labels()",
			"}]}) RETURN 1 UNION MATCH (n) RETURN n //", "`; DROP INDEX x", "\\u0000\u0000\uFFFF\uD83D\uDE00",
			"$param {id}", "x".repeat(20_000));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final UnchangedDatabase UNCHANGED = new UnchangedDatabase();

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQl;

	@Test
	void malformedBodiesWrongTypesAndBrokenEncodingsAreClientErrors() throws Exception {
		byte[] invalidUtf8 = "{\"query\": \"{ search(text: \\\"\u00ff\u00fe\\\") { id } }\"}".getBytes(StandardCharsets.ISO_8859_1);
		List<Case> cases = List.of(new Case("malformed JSON", "application/json", "{\"query\": \"{ about".getBytes()),
				new Case("empty body", "application/json", new byte[0]),
				new Case("a JSON array (batch)", "application/json", "[{\"query\": \"{ about { version } }\"}]".getBytes()),
				new Case("query not a string", "application/json", "{\"query\": 42}".getBytes()),
				new Case("variables not an object", "application/json",
						"{\"query\": \"{ about { version } }\", \"variables\": \"x\"}".getBytes()),
				new Case("XML", "application/xml", "<query>{ about { version } }</query>".getBytes()),
				new Case("form", "application/x-www-form-urlencoded", "query=%7B+about+%7B+version+%7D+%7D".getBytes()),
				new Case("invalid UTF-8", "application/json", invalidUtf8),
				new Case("a number too large for Int", "application/json",
						"{\"query\": \"{ search(text: \\\"a\\\", first: 99999999999999999999) { id } }\"}".getBytes()),
				new Case("the largest Int as a page", "application/json",
						"{\"query\": \"{ search(text: \\\"a\\\", first: 2147483647) { id } }\"}".getBytes()),
				new Case("a negative limit", "application/json",
						"{\"query\": \"{ graph(centerIds: [\\\"MX\\\"], limit: -1) { truncated } }\"}".getBytes()),
				new Case("a thousand open braces", "application/json",
						("{\"query\": \"" + "{ a ".repeat(1_000) + "\"}").getBytes()),
				new Case("an unknown operation name", "application/json",
						"{\"query\": \"query A { about { version } }\", \"operationName\": \"B\"}".getBytes()),
				new Case("a mutation without credentials", "application/json",
						("{\"query\": \"mutation { removeSisterLink(input: {cityA: \\\"inegi:19039\\\", "
								+ "cityB: \\\"geonames:4699066\\\", statedBy: \\\"x\\\", source: \\\"x\\\"}) "
								+ "{ __typename } }\"}").getBytes()));
		for (Case hostile : cases) {
			HttpResponse<String> response = send(hostile.contentType(), hostile.body(), false);
			assertThat(response.statusCode()).as(hostile.name() + ": " + response.body()).isBetween(200, 499);
			assertClear(hostile.name(), response);
			if (response.statusCode() == 200) {
				assertThat(JSON.readTree(response.body()).get("errors")).as(hostile.name()).isNotEmpty();
			}
		}
	}

	@Test
	void cypherLookingStringsInEveryArgumentOfEveryQueryAreOnlyText() throws Exception {
		GraphQLSchema schema = this.graphQl.schema();
		int asked = 0;
		for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
			if (field.getArguments().stream().noneMatch(argument -> hasText(argument.getType()))) {
				continue;
			}
			for (String text : CYPHER_LOOKING) {
				HttpResponse<String> response = post(document("query", field, text), false);
				assertThat(response.statusCode()).as(field.getName() + " with " + abbreviated(text)).isBetween(200, 499);
				assertClear(field.getName() + " with " + abbreviated(text), response);
				asked++;
			}
		}
		assertThat(asked).isGreaterThan(100);
	}

	@Test
	void cypherLookingStringsInEveryFieldOfEveryMutationAreRefusedAndWriteNothing() throws Exception {
		GraphQLSchema schema = this.graphQl.schema();
		List<String> mutations = new ArrayList<>();
		for (GraphQLFieldDefinition field : schema.getMutationType().getFieldDefinitions()) {
			for (String text : CYPHER_LOOKING) {
				HttpResponse<String> response = post(document("mutation", field, text), true);
				String name = field.getName() + " with " + abbreviated(text);
				assertThat(response.statusCode()).as(name).isBetween(200, 499);
				assertClear(name, response);
				JsonNode body = JSON.readTree(response.body());
				boolean refused = (body.has("errors") && !body.get("errors").isEmpty())
						|| !body.get("data").get(field.getName()).get("errors").isEmpty();
				assertThat(refused).as(name + ": " + response.body()).isTrue();
			}
			mutations.add(field.getName());
		}
		assertThat(mutations).hasSizeGreaterThan(8);
	}

	/** A document asking the field with every argument and every input field filled, strings with the text. */
	private static String document(String operation, GraphQLFieldDefinition field, String text) {
		String arguments = field.getArguments().stream()
			.map(argument -> argument.getName() + ": " + literal(argument.getType(), text, 0))
			.collect(Collectors.joining(", "));
		return operation + " { " + field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")")
				+ selection(field.getType()) + " }";
	}

	private static String selection(GraphQLOutputType type) {
		if (GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object) {
			return (object.getFieldDefinition("errors") != null) ? " { __typename errors { code field message } }"
					: " { __typename }";
		}
		return "";
	}

	private static String literal(GraphQLInputType type, String text, int depth) {
		GraphQLType plain = GraphQLTypeUtil.unwrapNonNull(type);
		if (plain instanceof GraphQLList list) {
			return "[" + literal((GraphQLInputType) list.getWrappedType(), text, depth) + "]";
		}
		if (plain instanceof GraphQLEnumType enumeration) {
			return enumeration.getValues().getFirst().getName();
		}
		if (plain instanceof GraphQLInputObjectType input) {
			return input.getFieldDefinitions().stream()
				.filter(field -> depth < 3 || GraphQLTypeUtil.isNonNull(field.getType()))
				.map(field -> field.getName() + ": " + literal(field.getType(), text, depth + 1))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return switch (((GraphQLScalarType) plain).getName()) {
			case "Int" -> "1";
			case "Float" -> "1.5";
			case "Boolean" -> "true";
			default -> JSON.writeValueAsString(text);
		};
	}

	private static boolean hasText(GraphQLInputType type) {
		GraphQLType plain = GraphQLTypeUtil.unwrapAll(type);
		if (plain instanceof GraphQLInputObjectType input) {
			return input.getFieldDefinitions().stream().anyMatch(field -> hasText(field.getType()));
		}
		return plain instanceof GraphQLScalarType scalar && !List.of("Int", "Float", "Boolean").contains(scalar.getName());
	}

	/** No stack trace, no exception class, and no GraphQL error that does not say what was wrong. */
	private static void assertClear(String name, HttpResponse<String> response) throws Exception {
		assertThat(response.body()).as(name).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("at org.");
		if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isEmpty()) {
			JsonNode errors = JSON.readTree(response.body()).get("errors");
			if (errors != null) {
				for (JsonNode error : errors) {
					assertThat(error.path("extensions").path("classification").asString("")).as(name + ": " + error)
						.isNotEqualTo("INTERNAL_ERROR");
					assertThat(error.get("message").asString()).as(name).isNotBlank();
				}
			}
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
	}

	private HttpResponse<String> post(String document, boolean steward) throws Exception {
		return send("application/json", JSON.writeValueAsBytes(Map.of("query", document)), steward);
	}

	private HttpResponse<String> send(String contentType, byte[] body, boolean steward) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (steward) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("sam:sam-secret".getBytes(StandardCharsets.UTF_8)));
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private record Case(String name, String contentType, byte[] body) {
	}

}
