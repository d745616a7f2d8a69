package org.vinculos.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vinculos.VinculosApplication;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of the analyst's queries over HTTP against the seed in steady state (after 1,000 requests of each, by
 * which the JIT has compiled their paths): p50 and p95 of 200 requests each.
 * Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class ApiBenchmark {

	private static final int WARM_UP = 1000;

	private static final int MEASURED = 200;

	@Test
	void latencyOfTheAnalystsQueries() throws Exception {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-bench-api");
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("city with its sister cities", "{ city(id: \\\"inegi:14039\\\") { name sisterCities { city { id name country { id } } source } } }");
		queries.put("page of 100 cities with sisters and networks",
				"{ cities(first: 100) { edges { node { id name sisterCities { city { id name } } networks { networkName } } } } }");
		queries.put("graph of depth 2 around Mexico City", "{ graph(centerIds: [\\\"inegi:09\\\"], depth: 2) { nodes { id label } edges { source target type } truncated } }");
		queries.put("search", "{ search(text: \\\"queretaro\\\") { id name score } }");
		try (ConfigurableApplicationContext context = new SpringApplication(VinculosApplication.class)
			.run("--vinculos.data-dir=" + dataDir, "--server.port=0")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			System.out.printf("API benchmark, %s, %d cores, %d requests after %d warm-up%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), MEASURED, WARM_UP);
			for (var query : queries.entrySet()) {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.getValue() + "\"}"))
					.build();
				for (int i = 0; i < WARM_UP; i++) {
					send(http, request);
				}
				long[] micros = new long[MEASURED];
				for (int i = 0; i < MEASURED; i++) {
					long start = System.nanoTime();
					send(http, request);
					micros[i] = (System.nanoTime() - start) / 1_000;
				}
				Arrays.sort(micros);
				System.out.printf("%-48s p50 %6.1f ms   p95 %6.1f ms%n", query.getKey(), micros[MEASURED / 2] / 1000.0,
						micros[MEASURED * 95 / 100] / 1000.0);
			}
		}
	}

	private static void send(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The query failed: " + response.body());
		}
	}

}
