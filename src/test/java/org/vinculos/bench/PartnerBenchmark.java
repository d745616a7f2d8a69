package org.vinculos.bench;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.vinculos.database.GraphChanged;
import org.vinculos.support.FreshApplication;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of {@code partnerSuggestions} over HTTP, on the seed and then on the world-scale graph ({@link WorldScale}):
 * p50 and p95 of default queries for the 20 Mexican municipalities with the most sister cities, in turn. Run with
 * {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class PartnerBenchmark {

	@Test
	void latencyOfPartnerSuggestionsOnTheSeedAndAtWorldScale() throws Exception {
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-bench-partner")) {
			int port = FreshApplication.port(context);
			Driver driver = context.getBean(Driver.class);
			List<HttpRequest> requests = driver.executableQuery("""
					MATCH (c:City {country: 'MX'}) WHERE c.kind = 'municipio'
					RETURN c.id AS id ORDER BY COUNT { (c)-[:SISTER_CITY]-() } DESC, c.id LIMIT 20""").execute().records()
				.stream()
				.map(r -> HttpLatency.graphQl(port, "{ partnerSuggestions(cityId: \"" + r.get("id").asString()
						+ "\") { city { id name } score reasons { kind weight share detail evidence } } }"))
				.toList();
			System.out.printf("Partner benchmark, %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
			HttpLatency.measure("partnerSuggestions, seed: " + WorldScale.cities(driver) + " cities", requests, 1_000, 300);
			WorldScale.load(driver);
			// The places were written past Vínculos: tell the partner graph, as an import would.
			context.publishEvent(new GraphChanged());
			HttpLatency.measure("partnerSuggestions, world: " + WorldScale.cities(driver) + " cities", requests, 1_000, 300);
		}
	}

}
