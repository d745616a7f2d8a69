package org.vinculos.provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Connection;
import org.vinculos.graphql.Cursors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code importRuns} (newest first, paged back with {@code before}, narrowed by user, file or kind),
 * {@code importRun}, the run a fact's {@code importRun} names, and each run's {@code changes} and {@code createdFacts}.
 */
@Controller
class ImportRunController {

	private static final int MAX_CHANGES = 100;

	private static final String CHANGES = "importRunChanges";

	private static final String CREATED = "importRunCreated";

	private final ImportRuns runs;

	ImportRunController(ImportRuns runs, BatchLoaderRegistry loaders) {
		this.runs = runs;
		loaders.<ImportRuns.ChangesPage, Connection<ImportChange>>forName(CHANGES)
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> runs.changes(pages)));
		loaders.<ImportRuns.CreatedPage, Connection<ImportFact>>forName(CREATED)
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> runs.created(pages)));
	}

	@QueryMapping
	List<ImportRun> importRuns(@Argument @Nullable Integer first, @Argument @Nullable String before,
			@Argument @Nullable String user, @Argument @Nullable String file, @Argument @Nullable String kind) {
		int limit = Cursors.pageSize("first", first, 100);
		if (before != null && importRun(before).isEmpty()) {
			throw new BadRequestException("Argument 'before' names no import run: " + before);
		}
		if (kind != null && !FactKind.TITLES.contains(kind)) {
			throw new BadRequestException("Argument 'kind' must be one of " + String.join(", ", FactKind.TITLES)
					+ ", got: " + kind);
		}
		return this.runs.list(before, user, file, kind, limit);
	}

	@QueryMapping
	Optional<ImportRun> importRun(@Argument String id) {
		return Optional.ofNullable(this.runs.byIds(List.of(id)).get(id));
	}

	/** What a run changed, a page of it; the pages of all runs a query lists are read in one statement. */
	@SchemaMapping(typeName = "ImportRun", field = "changes")
	CompletableFuture<Connection<ImportChange>> changes(ImportRun run, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		DataLoader<ImportRuns.ChangesPage, Connection<ImportChange>> loader = Objects.requireNonNull(
				environment.getDataLoader(CHANGES), "registered at start");
		return loader.load(new ImportRuns.ChangesPage(run.id(), Cursors.offsetAfter("after", after),
				Cursors.pageSize("first", first, MAX_CHANGES)));
	}

	/** What a run created, a page of it; the pages of all runs a query lists are read in one statement a kind. */
	@SchemaMapping(typeName = "ImportRun", field = "createdFacts")
	CompletableFuture<Connection<ImportFact>> createdFacts(ImportRun run, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		DataLoader<ImportRuns.CreatedPage, Connection<ImportFact>> loader = Objects.requireNonNull(
				environment.getDataLoader(CREATED), "registered at start");
		return loader.load(new ImportRuns.CreatedPage(run.id(), run.kind(), Cursors.offsetAfter("after", after),
				Cursors.pageSize("first", first, MAX_CHANGES)));
	}

}
