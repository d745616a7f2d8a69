package org.vinculos.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/**
 * GraphQL clients that talk to a running server over real HTTP, with documents from {@code graphql-test/}.
 */
public final class GraphQlClients {

	private GraphQlClients() {
	}

	public static HttpSyncGraphQlClient overHttp(int port) {
		return overHttp(RestClient.create("http://127.0.0.1:" + port + "/graphql"));
	}

	/** A client that signs in with HTTP Basic. */
	public static HttpSyncGraphQlClient overHttp(int port, String user, String password) {
		return overHttp(RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/graphql")
			.defaultHeaders(headers -> headers.setBasicAuth(user, password))
			.build());
	}

	/**
	 * Posts a GraphQL document as a browser or script would, optionally signed in (user null: anonymously), and returns
	 * the HTTP response itself, for tests of status codes.
	 */
	public static HttpResponse<String> post(int port, String user, String password, String document,
			Map<String, Object> variables) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build()
				.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private static HttpSyncGraphQlClient overHttp(RestClient client) {
		return HttpSyncGraphQlClient.builder(client)
			.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
					List.of(".graphql")))
			.build();
	}

}
