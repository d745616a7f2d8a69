package org.vinculos.database;

import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.vinculos.VinculosApplication;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The product as a user starts it: no NEO4J_URI, so it starts its own Neo4j in VINCULOS_DATA_DIR.
 */
class EmbeddedStartupIT {

	@Test
	void startsItsOwnDatabaseKeepsTheDataAcrossRestartsAndLoadsTheSeedOnlyOnce() {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-embedded");
		ZonedDateTime firstLoad;
		long nodes;
		String firstPassword;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			EmbeddedNeo4j database = first.getBean(EmbeddedNeo4j.class);
			firstPassword = database.password();
			assertThat(catchThrowable(() -> connect(database.boltUri(), AuthTokens.none())))
				.as("a client without the password").isInstanceOf(AuthenticationException.class);
			var about = GraphQlClients.overHttp(port(first)).documentName("about").executeSync();
			assertThat(about.field("about.database").<String>getValue()).isEqualTo("EMBEDDED");
			assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
			firstLoad = seedLoadedAt(first);
			nodes = nodeCount(first);
			assertThat(firstLoad).isNotNull();
			assertThat(first.getBean(Neo4jClient.class)
				.query("SHOW SETTINGS YIELD name, value WHERE name = 'db.relationship_grouping_threshold' RETURN value")
				.fetchAs(String.class).one()).contains(String.valueOf(EmbeddedNeo4j.DENSE_NODE_THRESHOLD));
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			EmbeddedNeo4j database = second.getBean(EmbeddedNeo4j.class);
			assertThat(database.password()).isNotEqualTo(firstPassword);
			assertThat(catchThrowable(() -> connect(database.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, firstPassword))))
				.as("the password of an earlier start").isInstanceOf(AuthenticationException.class);
			assertThat(catchThrowable(() -> connect(database.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER,
					database.password())))).isNull();
			assertThat(seedLoadedAt(second)).isEqualTo(firstLoad);
			assertThat(nodeCount(second)).isEqualTo(nodes);
			var about = GraphQlClients.overHttp(port(second)).documentName("about").executeSync();
			assertThat(about.field("about.database").<String>getValue()).isEqualTo("EMBEDDED");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplication(VinculosApplication.class)
			.run("--vinculos.data-dir=" + dataDir, "--server.port=0", "--vinculos.neo4j.page-cache-mb=64");
	}

	private static void connect(String uri, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(uri, token)) {
			driver.verifyConnectivity();
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static ZonedDateTime seedLoadedAt(ConfigurableApplicationContext context) {
		return context.getBean(Neo4jClient.class)
			.query("MATCH (s:__Seed {id: 'seed'}) RETURN s.loadedAt")
			.fetchAs(ZonedDateTime.class).one().orElse(null);
	}

	private static long nodeCount(ConfigurableApplicationContext context) {
		return context.getBean(Neo4jClient.class)
			.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
	}

}
