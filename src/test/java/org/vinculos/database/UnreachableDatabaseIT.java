package org.vinculos.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.VinculosApplication;
import org.vinculos.support.SharedTestDatabase;

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
	void healthTurnsDownWithTheReasonWhenTheDatabaseGoesAway() {
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

			database.close();

			Map<String, Object> health = health(http);
			assertThat(health).containsEntry("status", "DOWN");
			@SuppressWarnings("unchecked")
			var neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("neo4j");
			assertThat(neo4j).containsEntry("status", "DOWN");
			assertThat(neo4j.get("details").toString()).contains("error");
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
