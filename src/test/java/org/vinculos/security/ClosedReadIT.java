package org.vinculos.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = { "vinculos.security.anonymous-read=false",
		"vinculos.security.accounts=ana:ANALYST:{noop}ana-secret" })
class ClosedReadIT {

	@LocalServerPort
	int port;

	@Test
	void withAnonymousReadOffAQueryWithoutAnAccountIsUnauthorized() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ about { version } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("version");
	}

	@Test
	void anAnalystStillReadsAndTheHealthEndpointStaysOpen() throws Exception {
		var about = GraphQlClients.overHttp(this.port, "ana", "ana-secret").document("{ city(id: \"inegi:09\") { name } }").executeSync();
		HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(about.field("city.name").<String>getValue()).isEqualTo("Ciudad de México");
		assertThat(health.statusCode()).isEqualTo(200);
	}

}
