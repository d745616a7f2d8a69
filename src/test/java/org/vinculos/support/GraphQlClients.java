package org.vinculos.support;

import java.util.List;

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

	private static HttpSyncGraphQlClient overHttp(RestClient client) {
		return HttpSyncGraphQlClient.builder(client)
			.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
					List.of(".graphql")))
			.build();
	}

}
