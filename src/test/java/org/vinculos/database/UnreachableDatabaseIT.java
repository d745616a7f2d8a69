package org.vinculos.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.vinculos.VinculosApplication;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.SharedTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a user sees when the database is not there.
 */
class UnreachableDatabaseIT {

	private static final String CITY = "{ city(id: \"inegi:19039\") { name } }";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void startingAgainstAnUnreachableServerFailsWithOneMessageNamingTheUri() throws IOException {
		String uri = "bolt://127.0.0.1:" + closedPort();

		Throwable failure = catchThrowable(() -> new SpringApplication(VinculosApplication.class)
			.run("--spring.neo4j.uri=" + uri, "--server.port=0", "--spring.neo4j.connection-timeout=2s"));

		DatabaseUnreachableException cause = findCause(failure, DatabaseUnreachableException.class);
		assertThat(cause.uri()).isEqualTo(uri);
		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).startsWith("Cannot use Neo4j at " + uri + ": ").doesNotContain("\n");
		assertThat(analysis.getAction()).contains("NEO4J_URI");
	}

	@Test
	void requestsFailClearlyAndHealthTurnsDownWhenTheDatabaseGoesAwayAndAllRecoversWhenItReturns() throws Exception {
		Path directory = SharedTestDatabase.temporaryDirectory("vinculos-vanishing");
		EmbeddedNeo4j database = EmbeddedNeo4j.startInBackground(directory, 0, 32);
		database.awaitStarted();
		try (ConfigurableApplicationContext context = new SpringApplication(VinculosApplication.class)
			.run("--spring.neo4j.uri=" + database.boltUri(), "--spring.neo4j.authentication.username=" + EmbeddedNeo4j.USER,
					"--spring.neo4j.authentication.password=" + database.password(),
					"--server.port=0", "--spring.neo4j.connection-timeout=2s",
					"--vinculos.security.accounts=admin:ADMIN:{noop}admin-secret")) {
			RestClient http = RestClient.builder()
				.baseUrl("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort())
				.defaultHeaders(headers -> headers.setBasicAuth("admin", "admin-secret"))
				.build();
			assertThat(health(http)).containsEntry("status", "UP");

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(cityName(port)).isEqualTo("Monterrey");

			// Requests keep coming while the database stops: each answers, with the city or with a clear error.
			ExecutorService clients = Executors.newFixedThreadPool(4);
			List<Future<HttpResponse<String>>> during = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				during.add(clients.submit(() -> GraphQlClients.post(port, null, null, CITY, Map.of())));
			}
			database.close();
			for (Future<HttpResponse<String>> answer : during) {
				assertAnsweredOrClearlyRefused(answer.get());
			}
			clients.shutdown();

			HttpResponse<String> refused = GraphQlClients.post(port, null, null, CITY, Map.of());
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(refused.body()).get("errors").get(0).get("extensions").get("classification").asString())
				.isEqualTo("DATABASE_UNAVAILABLE");
			Map<String, Object> health = health(http);
			assertThat(health).containsEntry("status", "DOWN");
			@SuppressWarnings("unchecked")
			var neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("neo4j");
			assertThat(neo4j).containsEntry("status", "DOWN");
			assertThat(neo4j.get("details").toString()).contains("error");

			EmbeddedNeo4j back = EmbeddedNeo4j.startInBackground(directory, URI.create(database.boltUri()).getPort(), 32);
			back.awaitStarted();
			try {
				// The same server, as an operator would bring it back: with the password Vínculos was given.
				try (Driver admin = GraphDatabase.driver(back.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, back.password()))) {
					admin.executableQuery("ALTER CURRENT USER SET PASSWORD FROM $now TO $before")
						.withParameters(Map.of("now", back.password(), "before", database.password()))
						.withConfig(QueryConfig.builder().withDatabase("system").build())
						.execute();
				}
				assertThat(health(http)).containsEntry("status", "UP");
				assertThat(cityName(port)).isEqualTo("Monterrey");
			}
			finally {
				back.close();
			}
		}
	}

	private static String cityName(int port) throws Exception {
		return JSON.readTree(GraphQlClients.post(port, null, null, CITY, Map.of()).body()).get("data").get("city").get("name")
			.asString();
	}

	private static void assertAnsweredOrClearlyRefused(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		if (body.has("errors")) {
			assertThat(body.get("errors").get(0).get("extensions").get("classification").asString()).as(response.body())
				.isEqualTo("DATABASE_UNAVAILABLE");
		}
		else {
			assertThat(body.get("data").get("city").get("name").asString()).isEqualTo("Monterrey");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> health(RestClient http) {
		return http.get().uri("/actuator/health").exchange((request, response) -> response.bodyTo(Map.class));
	}

	private static int closedPort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		Throwable current = failure;
		while (current != null && !type.isInstance(current)) {
			current = current.getCause();
		}
		assertThat(current).as("a %s in the cause chain of %s", type.getSimpleName(), failure).isNotNull();
		return type.cast(current);
	}

}
