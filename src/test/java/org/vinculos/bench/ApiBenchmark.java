package org.vinculos.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vinculos.support.FreshApplication;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of the analyst's queries over HTTP against the seed in steady state (after 1,000 requests of each, by
 * which the JIT has compiled their paths): p50 and p95 of 200 requests each.
 * Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class ApiBenchmark {

	@Test
	void latencyOfTheAnalystsQueries() throws Exception {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("city with its sister cities", "{ city(id: \"inegi:14039\") { name sisterCities { city { id name country { id } } source } } }");
		queries.put("page of 100 cities with sisters and networks",
				"{ cities(first: 100) { edges { node { id name sisterCities { city { id name } } networks { networkName } } } } }");
		queries.put("graph of depth 2 around Mexico City", "{ graph(centerIds: [\"inegi:09\"], depth: 2) { nodes { id label } edges { source target type } truncated } }");
		queries.put("search", "{ search(text: \"queretaro\") { id name score } }");
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-bench-api")) {
			int port = FreshApplication.port(context);
			System.out.printf("API benchmark, %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
			for (var query : queries.entrySet()) {
				HttpLatency.measure(query.getKey(), List.of(HttpLatency.graphQl(port, query.getValue())), 1_000, 200);
			}
		}
	}

}
