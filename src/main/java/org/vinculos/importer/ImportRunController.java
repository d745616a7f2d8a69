package org.vinculos.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.vinculos.database.CypherParameters;
import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Connection;
import org.vinculos.graphql.Cursors;
import reactor.core.publisher.Mono;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code importRuns} (newest first, paged back with {@code before}, narrowed by user, file or kind),
 * {@code importRun}, the run a fact's {@code importRun} names, each run's {@code changes}, and
 * {@code importsInProgress}.
 */
@Controller
@Transactional(readOnly = true)
class ImportRunController {

	private static final String RUN = """
			RETURN r.id AS id, r.file AS file, r.sha256 AS sha256, r.kind AS kind, toString(r.importedAt) AS importedAt,
			       r.user AS user, r.rows AS rows, r.created AS created, r.updated AS updated, r.unchanged AS unchanged""";

	private static final int MAX_CHANGES = 1_000;

	private static final String CHANGES = "importRunChanges";

	private final Neo4jClient neo4j;

	private final ImportService importer;

	ImportRunController(Neo4jClient neo4j, ImportService importer, BatchLoaderRegistry loaders) {
		this.neo4j = neo4j;
		this.importer = importer;
		loaders.<ChangesPage, Connection<ImportChange>>forName(CHANGES)
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> changes(pages)));
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

	@QueryMapping
	List<ImportInProgress> importsInProgress() {
		return this.importer.inProgress();
	}

	/** What a run changed, a page of it; the pages of all runs a query lists are read in one statement. */
	@SchemaMapping(typeName = "ImportRun", field = "changes")
	CompletableFuture<Connection<ImportChange>> changes(ImportRun run, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		DataLoader<ChangesPage, Connection<ImportChange>> loader = environment.getDataLoader(CHANGES);
		return loader.load(new ChangesPage(run.id(), Cursors.offsetAfter("after", after),
				Cursors.pageSize("first", first, MAX_CHANGES)));
	}

	private Map<ChangesPage, Connection<ImportChange>> changes(Set<ChangesPage> pages) {
		Map<ChangesPage, Connection<ImportChange>> connections = new HashMap<>();
		this.neo4j.query("""
				UNWIND $pages AS page
				MATCH (r:__ImportRun {id: page.run})
				RETURN page.run AS run, page.offset AS offset, page.size AS size, COUNT { (r)-[:__CHANGED]->() } AS total,
				       COLLECT { MATCH (r)-[:__CHANGED]->(c:__ImportChange)
				                 WHERE page.offset <= c.seq < page.offset + page.size
				                 RETURN [c.at, c.fact, c.property, c.was, c.now] ORDER BY c.seq } AS changes""")
			.bind(pages.stream().map(page -> Map.of("run", page.run(), "offset", page.offset(), "size", page.size())).toList())
			.to("pages")
			.fetchAs(Void.class)
			.mappedBy((types, r) -> {
				List<ImportChange> changes = r.get("changes").asList(change -> new ImportChange(change.get(0).asString(),
						change.get(1).asString(), change.get(2).asString(), change.get(3).asString(null),
						change.get(4).asString(null)));
				connections.put(new ChangesPage(r.get("run").asString(), r.get("offset").asInt(), r.get("size").asInt()),
						Connection.of(changes, r.get("offset").asInt(), r.get("total").asLong()));
				return null;
			})
			.all();
		return connections;
	}

	/** The page of a run's changes that a query asks for. */
	record ChangesPage(String run, int offset, int size) {
	}

	private static ImportRun run(TypeSystem types, Record r) {
		return new ImportRun(r.get("id").asString(), r.get("file").asString(), r.get("sha256").asString(),
				r.get("kind").asString(), r.get("importedAt").asString(), r.get("user").asString(), r.get("rows").asLong(),
				r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong());
	}

}
