package org.vinculos.database;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsIT {

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyMigrationUnderCypherMigrationsIsRecordedAndItsConstraintsExist() {
		Collection<String> versions = this.neo4j
			.query("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version ORDER BY m.version")
			.fetchAs(String.class).all();
		assertThat(versions).startsWith("0001");

		Collection<String> constraints = this.neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name")
			.fetchAs(String.class).all();
		assertThat(constraints).contains("entity_id_unique", "source_id_unique", "import_run_id_unique");
	}

}
