package org.vinculos.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * Sends GraphQL requests in turn over HTTP and prints the p50 and p95 of their latency after a warm-up.
 */
final class HttpLatency {

	private HttpLatency() {
	}

	/** A POST of the query to the application's GraphQL endpoint. */
	static HttpRequest graphQl(int port, String query) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}"))
			.build();
	}

	/** Sends the requests in turn, {@code warmUp} times unmeasured then {@code measured} times, and prints the figures. */
	static void measure(String label, List<HttpRequest> requests, int warmUp, int measured) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < warmUp; i++) {
			send(http, requests.get(i % requests.size()));
		}
		long[] micros = new long[measured];
		for (int i = 0; i < measured; i++) {
			long start = System.nanoTime();
			send(http, requests.get(i % requests.size()));
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		Arrays.sort(micros);
		System.out.printf("%-52s p50 %6.1f ms   p95 %6.1f ms%n", label, micros[measured / 2] / 1000.0,
				micros[measured * 95 / 100] / 1000.0);
	}

	private static void send(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The query failed: " + response.body());
		}
	}

}
