package org.vinculos.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;
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

	private static final int MAX_CHANGES = 1_000;

	private static final String CHANGES = "importRunChanges";

	private final Neo4jClient neo4j;

	private final ImportRuns runs;

	private final ImportService importer;

	ImportRunController(Neo4jClient neo4j, ImportRuns runs, ImportService importer, BatchLoaderRegistry loaders) {
		this.neo4j = neo4j;
		this.runs = runs;
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
		if (kind != null && !ImportService.KINDS.contains(kind)) {
			throw new BadRequestException("Argument 'kind' must be one of " + String.join(", ", ImportService.KINDS)
					+ ", got: " + kind);
		}
		return List.copyOf(this.neo4j.query("""
				OPTIONAL MATCH (b:__ImportRun {id: $before})
				MATCH (r:__ImportRun)
				WHERE (b IS NULL OR r.importedAt < b.importedAt OR (r.importedAt = b.importedAt AND r.id < b.id))
				  AND ($user IS NULL OR r.user = $user) AND ($file IS NULL OR r.file = $file)
				  AND ($kind IS NULL OR r.kind = $kind)
				""" + ImportRuns.RUN + """

				ORDER BY r.importedAt DESC, r.id DESC LIMIT $limit""")
			.bindAll(CypherParameters.of("before", before, "user", user, "file", file, "kind", kind, "limit", limit))
			.fetchAs(ImportRun.class)
			.mappedBy(ImportRuns::run)
			.all());
	}

	@QueryMapping
	Optional<ImportRun> importRun(@Argument String id) {
		return Optional.ofNullable(this.runs.byIds(List.of(id)).get(id));
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
		return this.neo4j.query("""
				UNWIND $pages AS page
				MATCH (r:__ImportRun {id: page.run})
				WITH page, r, size(coalesce(r.changeAt, [])) AS total
				WITH page, r, total, CASE WHEN total < page.offset + page.size THEN total ELSE page.offset + page.size END AS end
				RETURN page.run AS run, page.offset AS offset, page.size AS size, total,
				       [i IN range(page.offset, end - 1) |
				        [r.changeAt[i], r.changeFact[i], r.changeProperty[i], r.changeWas[i], r.changeNow[i]]] AS changes""")
			.bind(pages.stream().map(page -> Map.of("run", page.run(), "offset", page.offset(), "size", page.size())).toList())
			.to("pages")
			.fetchAs(PageRead.class)
			.mappedBy((types, r) -> new PageRead(
					new ChangesPage(r.get("run").asString(), r.get("offset").asInt(), r.get("size").asInt()),
					Connection.of(r.get("changes").asList(ImportRunController::change), r.get("offset").asInt(),
							r.get("total").asLong())))
			.all().stream()
			.collect(Collectors.toMap(PageRead::page, PageRead::changes));
	}

	/** A change as its run keeps it, where an empty text is a value that is none. */
	private static ImportChange change(Value c) {
		return new ImportChange(c.get(0).asString(), c.get(1).asString(), c.get(2).asString(), none(c.get(3).asString()),
				none(c.get(4).asString()));
	}

	private static String none(String value) {
		return value.isEmpty() ? null : value;
	}

	/** The page of a run's changes that a query asks for. */
	record ChangesPage(String run, int offset, int size) {
	}

	private record PageRead(ChangesPage page, Connection<ImportChange> changes) {
	}

}
