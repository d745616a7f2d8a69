package org.vinculos.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Cursors;
import org.vinculos.database.CypherParameters;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code importRuns} (newest first, paged back with {@code before}, narrowed by user, file or kind) and
 * {@code importRun}, the run a fact's {@code importRun} names.
 */
@Controller
@Transactional(readOnly = true)
class ImportRunController {

	private static final String RUN = """
			RETURN r.id AS id, r.file AS file, r.sha256 AS sha256, r.kind AS kind, toString(r.importedAt) AS importedAt,
			       r.user AS user, r.rows AS rows, r.created AS created, r.updated AS updated, r.unchanged AS unchanged""";

	private final Neo4jClient neo4j;

	ImportRunController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	List<ImportRun> importRuns(@Argument Integer first, @Argument String before, @Argument String user,
			@Argument String file, @Argument String kind) {
		int limit = Cursors.pageSize("first", first, 100);
		if (before != null && importRun(before).isEmpty()) {
			throw new BadRequestException("Argument 'before' names no import run: " + before);
		}
		return List.copyOf(this.neo4j.query("""
				OPTIONAL MATCH (b:__ImportRun {id: $before})
				MATCH (r:__ImportRun)
				WHERE (b IS NULL OR r.importedAt < b.importedAt OR (r.importedAt = b.importedAt AND r.id < b.id))
				  AND ($user IS NULL OR r.user = $user) AND ($file IS NULL OR r.file = $file)
				  AND ($kind IS NULL OR r.kind = $kind)
				""" + RUN + """

				ORDER BY r.importedAt DESC, r.id DESC LIMIT $limit""")
			.bindAll(CypherParameters.of("before", before, "user", user, "file", file, "kind", kind, "limit", limit))
			.fetchAs(ImportRun.class)
			.mappedBy(ImportRunController::run)
			.all());
	}

	@QueryMapping
	Optional<ImportRun> importRun(@Argument String id) {
		return this.neo4j.query("MATCH (r:__ImportRun {id: $id}) " + RUN)
			.bindAll(Map.of("id", id))
			.fetchAs(ImportRun.class)
			.mappedBy(ImportRunController::run)
			.one();
	}

	private static ImportRun run(TypeSystem types, Record r) {
		return new ImportRun(r.get("id").asString(), r.get("file").asString(), r.get("sha256").asString(),
				r.get("kind").asString(), r.get("importedAt").asString(), r.get("user").asString(), r.get("rows").asLong(),
				r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong());
	}

}
