package org.vinculos.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;
import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;
import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Connection;
import org.vinculos.graphql.Cursors;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code importRuns} (newest first, paged back with {@code before}, narrowed by user, file or kind),
 * {@code importRun}, the run a fact's {@code importRun} names, each run's {@code changes} and {@code createdFacts}, and
 * {@code importsInProgress}.
 */
@Controller
class ImportRunController {

	private static final int MAX_CHANGES = 100;

	private static final String CHANGES = "importRunChanges";

	private static final String CREATED = "importRunCreated";

	/**
	 * Where each kind of run writes its facts: a fact carries the run that wrote it last, so the scan finds what a run
	 * created or changed and no later run has changed since, with the row that wrote it; a link's or figure's name is
	 * read afterwards for the page shown only, a city's and an agreement's (few) at once, as their changes are told
	 * apart by name.
	 */
	private static final Map<String, Written> WRITTEN = Map.of(
			"sister-links", new Written("""
					MATCH ()-[l:SISTER_CITY]->() WHERE l.importRun IN $runs
					RETURN l.importRun AS run, l.sourceRef AS at, elementId(l) AS key, null AS fact""", """
					UNWIND $keys AS key
					MATCH (a)-[l:SISTER_CITY]->(b) WHERE elementId(l) = key
					RETURN key, 'sister link ' + a.name + ' (' + a.id + ') – ' + b.name + ' (' + b.id + '), source ' + l.source AS fact"""),
			"memberships", new Written("""
					MATCH ()-[r:MEMBER_OF]->() WHERE r.importRun IN $runs
					RETURN r.importRun AS run, r.sourceRef AS at, elementId(r) AS key, null AS fact""", """
					UNWIND $keys AS key
					MATCH (m)-[r:MEMBER_OF]->(n) WHERE elementId(r) = key
					RETURN key, 'membership of ' + m.name + ' (' + m.id + ') in ' + n.name + ' (' + n.id + '), source '
					       + r.source AS fact"""),
			"diasporas", new Written("""
					MATCH (o:Observation) WHERE o.importRun IN $runs AND o.indicator = 'migrant_stock'
					RETURN o.importRun AS run, o.sourceRefs[0] AS at, elementId(o) AS key, null AS fact""", """
					UNWIND $keys AS key
					MATCH (d:Diaspora)-[:HAS_OBSERVATION]->(o) WHERE elementId(o) = key
					MATCH (d)-[:FROM]->(origin), (d)-[:LIVES_IN]->(destination)
					RETURN key, 'diaspora figure of people born in ' + origin.name + ' living in ' + destination.name + ', '
					       + o.year + ' (' + o.id + ')' AS fact"""),
			"agreements", new Written("""
					MATCH (a:Agreement) WHERE a.importRun IN $runs
					RETURN a.importRun AS run, a.sourceRefs[-1] AS at, elementId(a) AS key,
					       'agreement "' + a.title + '" (' + a.id + ')' AS fact""", null),
			"cities", new Written("""
					MATCH (c:City) WHERE c.importRun IN $runs
					RETURN c.importRun AS run, c.sourceRefs[-1] AS at, elementId(c) AS key, 'city ' + c.name + ' (' + c.id + ')'
					       AS fact""", null));

	private final Reads reads;

	private final ImportRuns runs;

	private final ImportService importer;

	ImportRunController(Reads reads, ImportRuns runs, ImportService importer, BatchLoaderRegistry loaders) {
		this.reads = reads;
		this.runs = runs;
		this.importer = importer;
		loaders.<ChangesPage, Connection<ImportChange>>forName(CHANGES)
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> changes(pages)));
		loaders.<CreatedPage, Connection<ImportFact>>forName(CREATED)
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> created(pages)));
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
		return List.copyOf(this.reads.list("""
				OPTIONAL MATCH (b:__ImportRun {id: $before})
				MATCH (r:__ImportRun)
				WHERE (b IS NULL OR r.importedAt < b.importedAt OR (r.importedAt = b.importedAt AND r.id < b.id))
				  AND ($user IS NULL OR r.user = $user) AND ($file IS NULL OR r.file = $file)
				  AND ($kind IS NULL OR r.kind = $kind)
				""" + ImportRuns.RUN + """

				ORDER BY r.importedAt DESC, r.id DESC LIMIT $limit""",
				CypherParameters.of("before", before, "user", user, "file", file, "kind", kind, "limit", limit), ImportRuns::run));
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
		return this.reads.list("""
				UNWIND $pages AS page
				MATCH (r:__ImportRun {id: page.run})
				WITH page, r, size(coalesce(r.changeAt, [])) AS total
				WITH page, r, total, CASE WHEN total < page.offset + page.size THEN total ELSE page.offset + page.size END AS end
				RETURN page.run AS run, page.offset AS offset, page.size AS size, total,
				       [i IN range(page.offset, end - 1) |
				        [r.changeAt[i], r.changeFact[i], r.changeProperty[i], r.changeWas[i], r.changeNow[i]]] AS changes""",
				CypherParameters.of("pages", pages.stream()
					.map(page -> Map.of("run", page.run(), "offset", page.offset(), "size", page.size())).toList()),
				r -> new PageRead(new ChangesPage(r.get("run").asString(), r.get("offset").asInt(), r.get("size").asInt()),
						Connection.of(r.get("changes").asList(ImportRunController::change), r.get("offset").asInt(),
								r.get("total").asLong()))).stream()
			.collect(Collectors.toMap(PageRead::page, PageRead::changes));
	}

	/** What a run created, a page of it; the pages of all runs a query lists are read in one statement a kind. */
	@SchemaMapping(typeName = "ImportRun", field = "createdFacts")
	CompletableFuture<Connection<ImportFact>> createdFacts(ImportRun run, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		DataLoader<CreatedPage, Connection<ImportFact>> loader = environment.getDataLoader(CREATED);
		return loader.load(new CreatedPage(run.id(), run.kind(), Cursors.offsetAfter("after", after),
				Cursors.pageSize("first", first, MAX_CHANGES)));
	}

	/**
	 * The facts that carry each run's id, less those its changes name (it found them there), in the order of the rows
	 * that wrote them. The facts carry no index on the run, so each kind's are scanned once for all the runs asked.
	 */
	private Map<CreatedPage, Connection<ImportFact>> created(Set<CreatedPage> pages) {
		List<String> runs = pages.stream().map(CreatedPage::run).distinct().toList();
		Map<String, Set<String>> changed = new HashMap<>();
		this.reads.rows("""
				MATCH (r:__ImportRun) WHERE r.id IN $runs
				RETURN r.id AS run, coalesce(r.changeAt, []) + coalesce(r.changeFact, []) AS changed""",
				CypherParameters.of("runs", runs))
			.forEach(row -> changed.put((String) row.get("run"), Set.copyOf(castList(row.get("changed")))));
		Map<String, List<Row>> created = new HashMap<>();
		Map<String, String> kindOfRun = new HashMap<>();
		pages.forEach(page -> kindOfRun.put(page.run(), page.kind()));
		pages.stream().map(CreatedPage::kind).filter(WRITTEN::containsKey).distinct().forEach(kind -> this.reads
			.rows(WRITTEN.get(kind).scan(), CypherParameters.of("runs", runs)).forEach(row -> {
				String run = (String) row.get("run");
				Row fact = Row.of(Objects.requireNonNullElse((String) row.get("at"), ""), (String) row.get("key"),
						(String) row.get("fact"));
				Set<String> changes = changed.getOrDefault(run, Set.of());
				if (kind.equals(kindOfRun.get(run)) && !changes.contains(fact.at())
						&& (fact.fact() == null || !changes.contains(fact.fact()))) {
					created.computeIfAbsent(run, r -> new ArrayList<>()).add(fact);
				}
			}));
		created.values().forEach(rows -> rows.sort(Row.IN_ROW_ORDER));
		Map<CreatedPage, List<Row>> shown = pages.stream().collect(Collectors.toMap(Function.identity(), page -> {
			List<Row> all = created.getOrDefault(page.run(), List.of());
			int from = Math.min(page.offset(), all.size());
			return all.subList(from, Math.min(all.size(), from + page.size()));
		}));
		Map<String, Set<String>> unnamed = new HashMap<>();
		shown.forEach((page, rows) -> rows.stream().filter(row -> row.fact() == null)
			.forEach(row -> unnamed.computeIfAbsent(page.kind(), kind -> new HashSet<>()).add(row.key())));
		Map<String, String> names = new HashMap<>();
		unnamed.forEach((kind, keys) -> this.reads.rows(WRITTEN.get(kind).named(), CypherParameters.of("keys", List.copyOf(keys)))
			.forEach(row -> names.put((String) row.get("key"), (String) row.get("fact"))));
		return shown.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, page -> Connection.of(
				page.getValue().stream().map(row -> new ImportFact(row.at(), (row.fact() != null) ? row.fact()
						: names.getOrDefault(row.key(), "a fact removed while it was read"))).toList(),
				page.getKey().offset(), created.getOrDefault(page.getKey().run(), List.of()).size())));
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return (List<String>) value;
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

	/** The page of the facts a run created that a query asks for. */
	record CreatedPage(String run, String kind, int offset, int size) {
	}

	/** Where a kind's facts are scanned for their runs, and how those of a page are named (null: named by the scan). */
	private record Written(String scan, String named) {
	}

	/** A fact the scan found: the row that wrote it, parsed once for sorting, and its element id or name. */
	private record Row(String at, String file, long line, String key, String fact) {

		/** By file and then line number ({@code links.csv:9} before {@code links.csv:10}), as the rows came. */
		static final Comparator<Row> IN_ROW_ORDER = Comparator.comparing(Row::file).thenComparingLong(Row::line)
			.thenComparing(Row::key);

		/** A mutation's row ({@code graphql:addSisterLink}) has no line: 0. */
		static Row of(String at, String key, String fact) {
			int colon = at.lastIndexOf(':');
			String line = at.substring(colon + 1);
			boolean numbered = colon > 0 && !line.isEmpty() && line.length() < 18 && line.chars().allMatch(Character::isDigit);
			return new Row(at, numbered ? at.substring(0, colon) : at, numbered ? Long.parseLong(line) : 0, key, fact);
		}

	}

	private record PageRead(ChangesPage page, Connection<ImportChange> changes) {
	}

}
