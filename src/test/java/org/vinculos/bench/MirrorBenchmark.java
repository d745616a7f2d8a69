package org.vinculos.bench;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.vinculos.graphql.Cursors;
import org.vinculos.database.GraphChanged;
import org.vinculos.support.FreshApplication;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of {@code mirrorCities} over HTTP, on the seed and then on the world-scale graph ({@link WorldScale}): p50
 * and p95 of default queries for the 20 most populous Mexican municipalities in turn (3,000 to warm up, 1,000
 * measured); and of a page of the Mirror Cities Index on the seed. Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class MirrorBenchmark {

	private static final String INDEX_PAGE = "{ mirrorIndex(first: 20, after: %s) { edges { node { city { id name } "
			+ "profile { population agglomeration gdpPerCapitaPpp climate networks } "
			+ "mirrors { city { id name } score coverage dimensions { name score detail } } } } } }";

	@Test
	void latencyOfMirrorCitiesOnTheSeedAndAtWorldScale() throws Exception {
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-bench-mirror")) {
			int port = FreshApplication.port(context);
			Driver driver = context.getBean(Driver.class);
			List<HttpRequest> requests = driver.executableQuery("""
					MATCH (c:City {country: 'MX'}) WHERE c.profile IS NOT NULL AND c.kind = 'municipio'
					RETURN c.id AS id ORDER BY c.population DESC LIMIT 20""").execute().records().stream()
				.map(r -> HttpLatency.graphQl(port, "{ mirrorCities(cityId: \"" + r.get("id").asString()
						+ "\") { city { id name } score coverage dimensions { name score weight detail } } }"))
				.toList();
			System.out.printf("Mirror benchmark, %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
			HttpLatency.measure("mirrorCities, seed: " + WorldScale.cities(driver) + " cities", requests, 3_000, 1_000);
			List<HttpRequest> pages = List.of(HttpLatency.graphQl(port, INDEX_PAGE.formatted("null")),
					HttpLatency.graphQl(port, INDEX_PAGE.formatted("\"" + Cursors.of(19) + "\"")));
			HttpLatency.measure("mirrorIndex, a page of 20 cities with 5 mirrors each, seed", pages, 3_000, 1_000);
			WorldScale.load(driver);
			// The places were written past Vínculos' write path, which would have said so itself.
			context.publishEvent(new GraphChanged());
			HttpLatency.measure("mirrorCities, world: " + WorldScale.cities(driver) + " cities", requests, 3_000, 1_000);
		}
	}

}
