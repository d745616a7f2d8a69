package org.vinculos.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.vinculos.VinculosApplication;
import org.vinculos.seed.convert.WorldPlaces;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Latency of {@code mirrorCities} over HTTP, on the seed and then with every GeoNames place of
 * {@code ../shared/data/geonames/cities500.txt} loaded as a city (199,568 places): p50 and p95 of default queries
 * for the 20 most populous Mexican municipalities in turn. Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class MirrorBenchmark {

	private static final int WARM_UP = 600;

	private static final int MEASURED = 200;

	@Test
	void latencyOfMirrorCitiesOnTheSeedAndAtWorldScale() throws Exception {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-bench-mirror");
		try (ConfigurableApplicationContext context = new SpringApplication(VinculosApplication.class)
			.run("--vinculos.data-dir=" + dataDir, "--server.port=0")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Driver driver = context.getBean(Driver.class);
			List<String> cities = driver.executableQuery("""
					MATCH (c:City {country: 'MX'}) WHERE c.profile IS NOT NULL AND c.kind = 'municipio'
					RETURN c.id AS id ORDER BY c.population DESC LIMIT 20""").execute().records().stream()
				.map(r -> r.get("id").asString()).toList();
			System.out.printf("Mirror benchmark, %s, %d cores, %d requests after %d warm-up%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), MEASURED, WARM_UP);
			measure("seed: " + count(driver) + " cities", port, cities);
			Set<Long> present = new HashSet<>(driver.executableQuery(
					"MATCH (c:City) WHERE c.geonamesId IS NOT NULL RETURN collect(c.geonamesId) AS ids")
				.execute().records().getFirst().get("ids").asList(v -> v.asLong()));
			long start = System.nanoTime();
			List<Map<String, Object>> rows = WorldPlaces.rows(Path.of("../shared/data"), present);
			for (int from = 0; from < rows.size(); from += 5_000) {
				List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 5_000));
				driver.executableQuery("""
						UNWIND $rows AS row
						MERGE (c:Entity {id: row.id})
						SET c:City, c.kind = 'city', c.name = row.name, c.country = row.country,
						    c.geonamesId = row.geonamesId, c.population = row.population, c.populationSource = 'geonames-cities500',
						    c.location = point({latitude: row.latitude, longitude: row.longitude}), c.dem = row.dem,
						    c.borderKm = row.borderKm, c.borderPlace = row.borderPlace, c.capital = row.capital,
						    c.sources = ['geonames-cities500'], c.sourceRefs = [row.sourceRef], c.benchmark = true""")
					.withParameters(Map.of("rows", batch)).execute();
			}
			String profiles = new ClassPathResource("cypher/seed/910_city_profiles.cypher").getContentAsString(StandardCharsets.UTF_8);
			driver.executableQuery(profiles).execute();
			driver.executableQuery("CALL db.awaitIndexes(600)").execute();
			System.out.printf("loaded %d more GeoNames places and their profiles in %.1f s%n", rows.size(),
					(System.nanoTime() - start) / 1e9);
			measure("world: " + count(driver) + " cities", port, cities);
		}
	}

	private static long count(Driver driver) {
		return driver.executableQuery("MATCH (c:City) RETURN count(c) AS n").execute().records().getFirst().get("n").asLong();
	}

	private static void measure(String label, int port, List<String> cities) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<HttpRequest> requests = cities.stream().map(id -> HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ mirrorCities(cityId: \\\"" + id
					+ "\\\") { city { id name } score coverage dimensions { name score weight detail } } }\"}"))
			.build()).toList();
		for (int i = 0; i < WARM_UP; i++) {
			send(http, requests.get(i % requests.size()));
		}
		long[] micros = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			send(http, requests.get(i % requests.size()));
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		Arrays.sort(micros);
		System.out.printf("mirrorCities, %-28s p50 %6.1f ms   p95 %6.1f ms%n", label, micros[MEASURED / 2] / 1000.0,
				micros[MEASURED * 95 / 100] / 1000.0);
	}

	private static void send(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The query failed: " + response.body());
		}
	}

}
