package org.vinculos.database;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.vinculos.support.GraphQlClients;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same API check against a real Neo4j server image, where a Docker engine exists; skipped elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Neo4jServerContainerIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("vinculos-test");

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
	}

	@LocalServerPort
	int port;

	@Test
	void theApiAnswersOverAServerWithTheSameMigrationsAndSeed() {
		var response = GraphQlClients.overHttp(this.port).documentName("about").executeSync();

		assertThat(response.field("about.database").<String>getValue()).isEqualTo("EXTERNAL");
		assertThat(response.field("about.neo4jVersion").<String>getValue()).startsWith("2026.08");
		assertThat(response.field("about.counts").toEntityList(Object.class)).isNotEmpty();
	}

}
