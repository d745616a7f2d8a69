package org.vinculos.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The production profile: no introspection, no GraphiQL, no printed schema; the explorer and queries as before. */
@IntegrationTest
@ActiveProfiles("production")
class ProductionProfileIT {

	@LocalServerPort
	int port;

	/**
	 * Spring Boot switches introspection off for the whole JVM (graphql-java's {@code Introspection.enabledJvmWide});
	 * the other test classes share this JVM and expect it on.
	 */
	@AfterAll
	static void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionGraphiqlAndTheSchemaAreOffWhileQueriesAndTheExplorerWork() throws Exception {
		JsonNode introspection = JsonMapper.builder().build()
			.readTree(GraphQlClients.post(this.port, null, null, IntrospectionQuery.INTROSPECTION_QUERY, Map.of())
				.body());
		String name = GraphQlClients.overHttp(this.port).document("{ city(id: \"inegi:19039\") { name } }").executeSync()
			.field("city.name").getValue();

		assertThat(introspection.get("errors")).isNotEmpty();
		assertThat(introspection.path("data").path("__schema").isMissingNode()
				|| introspection.path("data").path("__schema").isNull()).isTrue();
		assertThat(get("/graphiql").statusCode()).isEqualTo(404);
		assertThat(get("/graphiql/index.html").statusCode()).isEqualTo(404);
		assertThat(get("/graphql/schema").statusCode()).isEqualTo(404);
		assertThat(get("/").statusCode()).isEqualTo(200);
		assertThat(name).isEqualTo("Monterrey");
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
