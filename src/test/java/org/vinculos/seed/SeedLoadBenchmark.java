package org.vinculos.seed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.vinculos.database.CypherScript;
import org.vinculos.database.EmbeddedNeo4j;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Measures loading the seed into an empty embedded database, and loading it again over itself.
 * Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class SeedLoadBenchmark {

	@Test
	void loadIntoAnEmptyDatabaseAndAgain() throws Exception {
		Path directory = SharedTestDatabase.temporaryDirectory("vinculos-bench-seed");
		try (EmbeddedNeo4j database = EmbeddedNeo4j.startInBackground(directory, 0, 256)) {
			database.awaitStarted();
			try (Driver driver = GraphDatabase.driver(database.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, database.password()))) {
				for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/migrations/*.cypher")) {
					for (var statement : CypherScript.split(migration.getContentAsString(StandardCharsets.UTF_8))) {
						driver.executableQuery(statement.text()).execute();
					}
				}
				SeedLoader loader = new SeedLoader(driver);
				long start = System.nanoTime();
				loader.populate();
				long first = (System.nanoTime() - start) / 1_000_000;
				long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().getFirst().get("c").asLong();
				long relationships = driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c").execute().records().getFirst()
					.get("c").asLong();
				driver.executableQuery("MATCH (s:__Seed) SET s.checksum = 'forced reload'").execute();
				start = System.nanoTime();
				loader.populate();
				long again = (System.nanoTime() - start) / 1_000_000;
				System.out.printf("Seed load into an empty database: %d ms (%d nodes, %d relationships); again over itself: %d ms%n",
						first, nodes, relationships, again);
			}
		}
	}

}
