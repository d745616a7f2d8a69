package org.vinculos.about;

import org.vinculos.database.DatabaseMode;
import org.vinculos.database.EmbeddedNeo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the instance's version, database and node counts.
 */
@Service
class AboutService {

	private final Neo4jClient neo4j;

	private final DatabaseMode mode;

	private final String version;

	AboutService(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embedded, ObjectProvider<BuildProperties> build) {
		this.neo4j = neo4j;
		this.mode = (embedded.getIfAvailable() != null) ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "development";
	}

	@Transactional(readOnly = true)
	About about() {
		var component = this.neo4j
			.query("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' "
					+ "RETURN versions[0] AS version, edition")
			.fetch()
			.one()
			.orElseThrow();
		// Counting per label reads the count store; internal labels (migrations, seed state) start with "__".
		var counts = this.neo4j
			.query("CALL db.labels() YIELD label WHERE NOT label STARTS WITH '__' "
					+ "CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count } "
					+ "RETURN label, count ORDER BY label")
			.fetchAs(LabelCount.class)
			.mappedBy((types, record) -> new LabelCount(record.get("label").asString(), record.get("count").asLong()))
			.all()
			.stream()
			.toList();
		return new About(this.version, this.mode, (String) component.get("version"),
				(String) component.get("edition"), counts);
	}

}
