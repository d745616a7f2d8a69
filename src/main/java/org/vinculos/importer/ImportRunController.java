package org.vinculos.importer;

import java.util.List;

import org.vinculos.graphql.Cursors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code importRuns}.
 */
@Controller
@Transactional(readOnly = true)
class ImportRunController {

	private final Neo4jClient neo4j;

	ImportRunController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	List<ImportRun> importRuns(@Argument Integer first) {
		return this.neo4j.query("""
				MATCH (r:__ImportRun)
				RETURN r.id AS id, r.file AS file, r.sha256 AS sha256, r.kind AS kind, toString(r.importedAt) AS importedAt,
				       r.user AS user, r.rows AS rows, r.created AS created, r.updated AS updated, r.unchanged AS unchanged
				ORDER BY r.importedAt DESC LIMIT $limit""")
			.bind(Cursors.pageSize("first", first, 100)).to("limit")
			.fetchAs(ImportRun.class)
			.mappedBy((types, r) -> new ImportRun(r.get("id").asString(), r.get("file").asString(), r.get("sha256").asString(),
					r.get("kind").asString(), r.get("importedAt").asString(), r.get("user").asString(), r.get("rows").asLong(),
					r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong()))
			.all().stream().toList();
	}

}
