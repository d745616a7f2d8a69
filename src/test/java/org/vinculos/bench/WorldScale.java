package org.vinculos.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.vinculos.seed.convert.WorldPlaces;

import org.springframework.core.io.ClassPathResource;

/**
 * Turns a seeded database into the world-scale benchmark graph: every GeoNames place of
 * {@code ../shared/data/geonames/cities500.txt} (199,568) as a city with its profile. Benchmarks only: the places
 * carry {@code benchmark = true} and are never part of the seed.
 */
final class WorldScale {

	private WorldScale() {
	}

	static void load(Driver driver) throws Exception {
		Set<Long> present = new HashSet<>(driver.executableQuery(
				"MATCH (c:City) WHERE c.geonamesId IS NOT NULL RETURN collect(c.geonamesId) AS ids")
			.execute().records().getFirst().get("ids").asList(Value::asLong));
		long start = System.nanoTime();
		List<Map<String, Object>> rows = WorldPlaces.rows(Path.of("../shared/data"), present);
		for (int from = 0; from < rows.size(); from += 5_000) {
			driver.executableQuery("""
					UNWIND $rows AS row
					MERGE (c:Entity {id: row.id})
					SET c:City, c.kind = 'city', c.name = row.name, c.country = row.country,
					    c.geonamesId = row.geonamesId, c.population = row.population, c.populationSource = 'geonames-cities500',
					    c.location = point({latitude: row.latitude, longitude: row.longitude}), c.dem = row.dem,
					    c.borderKm = row.borderKm, c.borderPlace = row.borderPlace, c.capital = row.capital,
					    c.sources = ['geonames-cities500'], c.sourceRefs = [row.sourceRef], c.benchmark = true""")
				.withParameters(Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 5_000))))
				.execute();
		}
		driver.executableQuery(new ClassPathResource("cypher/seed/910_city_profiles.cypher")
			.getContentAsString(StandardCharsets.UTF_8)).withParameters(java.util.Collections.singletonMap("cities", null))
			.execute();
		driver.executableQuery("CALL db.awaitIndexes(600)").execute();
		System.out.printf("loaded %d more GeoNames places and their profiles in %.1f s%n", rows.size(),
				(System.nanoTime() - start) / 1e9);
	}

	static long cities(Driver driver) {
		return driver.executableQuery("MATCH (c:City) RETURN count(c) AS n").execute().records().getFirst().get("n").asLong();
	}

}
