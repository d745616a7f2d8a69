package org.vinculos.bench;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.vinculos.VinculosApplication;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of {@code mirrorCities} over HTTP, on the seed and then on the world-scale graph ({@link WorldScale}): p50
 * and p95 of default queries for the 20 most populous Mexican municipalities in turn. Run with
 * {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class MirrorBenchmark {

	@Test
	void latencyOfMirrorCitiesOnTheSeedAndAtWorldScale() throws Exception {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-bench-mirror");
		try (ConfigurableApplicationContext context = new SpringApplication(VinculosApplication.class)
			.run("--vinculos.data-dir=" + dataDir, "--server.port=0")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Driver driver = context.getBean(Driver.class);
			List<HttpRequest> requests = driver.executableQuery("""
					MATCH (c:City {country: 'MX'}) WHERE c.profile IS NOT NULL AND c.kind = 'municipio'
					RETURN c.id AS id ORDER BY c.population DESC LIMIT 20""").execute().records().stream()
				.map(r -> HttpLatency.graphQl(port, "{ mirrorCities(cityId: \"" + r.get("id").asString()
						+ "\") { city { id name } score coverage dimensions { name score weight detail } } }"))
				.toList();
			System.out.printf("Mirror benchmark, %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
			HttpLatency.measure("mirrorCities, seed: " + WorldScale.cities(driver) + " cities", requests, 1_000, 300);
			WorldScale.load(driver);
			HttpLatency.measure("mirrorCities, world: " + WorldScale.cities(driver) + " cities", requests, 1_000, 300);
		}
	}

}
