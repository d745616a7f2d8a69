package org.vinculos.about;

import java.util.Map;
import java.util.Objects;

import org.vinculos.database.DatabaseMode;
import org.vinculos.database.EmbeddedNeo4j;
import org.vinculos.database.Reads;
import org.vinculos.database.Stored;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

/**
 * Reads the instance's version, database and node counts.
 */
@Service
class AboutService {

	private final Reads reads;

	private final DatabaseMode mode;

	private final String version;

	AboutService(Reads reads, ObjectProvider<EmbeddedNeo4j> embedded, ObjectProvider<BuildProperties> build) {
		this.reads = reads;
		this.mode = (embedded.getIfAvailable() != null) ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? Objects.requireNonNullElse(properties.getVersion(), "development") : "development";
	}

	About about() {
		var component = this.reads.rows("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' "
				+ "RETURN versions[0] AS version, edition", Map.of()).stream().findFirst().orElseThrow();
		// Counting per label reads the count store; internal labels (migrations, seed state) start with "__".
		var counts = this.reads.list("CALL db.labels() YIELD label WHERE NOT label STARTS WITH '__' "
				+ "CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count } "
				+ "RETURN label, count ORDER BY label", Map.of(),
				record -> new LabelCount(record.get("label").asString(), record.get("count").asLong()));
		return new About(this.version, this.mode, Stored.nonNull((String) component.get("version")),
				Stored.nonNull((String) component.get("edition")), counts);
	}

}
