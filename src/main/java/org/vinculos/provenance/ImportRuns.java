package org.vinculos.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;
import org.vinculos.database.Stored;
import org.vinculos.graphql.Connection;

import org.springframework.stereotype.Component;

/**
 * Reads the recorded import runs: by the ids that facts carry (for the features whose facts stewards import), newest
 * first, and each run's changes and created facts a page at a time.
 */
@Component
public class ImportRuns {

	/** What a run is made of, for a statement that has matched it as {@code r}. */
	static final String RUN = """
			RETURN r.id AS id, r.file AS file, r.sha256 AS sha256, r.kind AS kind, toString(r.importedAt) AS importedAt,
			       r.user AS user, r.rows AS rows, r.created AS created, r.updated AS updated, r.unchanged AS unchanged""";

	/**
	 * Where each kind of run writes its facts: a fact carries the run that wrote it last, so the scan finds what a run
	 * created or changed and no later run has changed since, with the row that wrote it; a link's or figure's name is
	 * read afterwards for the page shown only, a city's and an agreement's (few) at once, as their changes are told
	 * apart by name. A name is read as the parts its {@link FactKind} names a fact by.
	 */
	static final Map<FactKind, Written> WRITTEN = Map.of(
			FactKind.SISTER_LINKS, new Written("""
					MATCH ()-[l:SISTER_CITY]->() WHERE l.importRun IN $runs
					RETURN l.importRun AS run, l.sourceRef AS at, elementId(l) AS key, null AS fact""", """
					UNWIND $keys AS key
					MATCH (a)-[l:SISTER_CITY]->(b) WHERE elementId(l) = key
					RETURN key, [a.name, a.id, b.name, b.id, l.source] AS fact"""),
			FactKind.MEMBERSHIPS, new Written("""
					MATCH ()-[r:MEMBER_OF]->() WHERE r.importRun IN $runs
					RETURN r.importRun AS run, r.sourceRef AS at, elementId(r) AS key, null AS fact""", """
					UNWIND $keys AS key
					MATCH (m)-[r:MEMBER_OF]->(n) WHERE elementId(r) = key
					RETURN key, [m.name, m.id, n.name, n.id, r.source] AS fact"""),
			FactKind.DIASPORAS, new Written("""
					MATCH (o:Observation) WHERE o.importRun IN $runs AND o.indicator = 'migrant_stock'
					RETURN o.importRun AS run, o.sourceRefs[0] AS at, elementId(o) AS key, null AS fact""", """
					UNWIND $keys AS key
					MATCH (d:Diaspora)-[:HAS_OBSERVATION]->(o) WHERE elementId(o) = key
					MATCH (d)-[:FROM]->(origin), (d)-[:LIVES_IN]->(destination)
					RETURN key, [origin.name, destination.name, o.year, o.id] AS fact"""),
			FactKind.AGREEMENTS, new Written("""
					MATCH (a:Agreement) WHERE a.importRun IN $runs
					RETURN a.importRun AS run, a.sourceRefs[-1] AS at, elementId(a) AS key, [a.title, a.id] AS fact""", null),
			FactKind.CITIES, new Written("""
					MATCH (c:City) WHERE c.importRun IN $runs
					RETURN c.importRun AS run, c.sourceRefs[-1] AS at, elementId(c) AS key, [c.name, c.id] AS fact""", null));

	private final Reads reads;

	ImportRuns(Reads reads) {
		this.reads = reads;
	}

	/** Runs newest first, before the run {@code before} (null: from the newest), narrowed by what is given. */
	List<ImportRun> list(@Nullable String before, @Nullable String user, @Nullable String file, @Nullable String kind,
			int limit) {
		return List.copyOf(this.reads.list("""
				OPTIONAL MATCH (b:__ImportRun {id: $before})
				MATCH (r:__ImportRun)
				WHERE (b IS NULL OR r.importedAt < b.importedAt OR (r.importedAt = b.importedAt AND r.id < b.id))
				  AND ($user IS NULL OR r.user = $user) AND ($file IS NULL OR r.file = $file)
				  AND ($kind IS NULL OR r.kind = $kind)
				""" + RUN + """

				ORDER BY r.importedAt DESC, r.id DESC LIMIT $limit""",
				CypherParameters.of("before", before, "user", user, "file", file, "kind", kind, "limit", limit), ImportRuns::run));
	}

	/** The runs with these ids, by id; an id no run has is left out. */
	public Map<String, ImportRun> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.reads.list("MATCH (r:__ImportRun) WHERE r.id IN $ids " + RUN,
				CypherParameters.of("ids", ids.stream().distinct().toList()), ImportRuns::run).stream()
			.collect(Collectors.toMap(ImportRun::id, Function.identity()));
	}

	/**
	 * The run each fact names, read at once for a list of facts (as a {@code @BatchMapping} answers); a fact written by
	 * the seed names none and is left out.
	 */
	public <T> Map<T, ImportRun> of(List<T> facts, Function<T, String> runId) {
		Map<String, ImportRun> runs = byIds(facts.stream().map(runId).filter(Objects::nonNull).toList());
		Map<T, ImportRun> byFact = new HashMap<>();
		facts.stream().filter(fact -> runId.apply(fact) != null && runs.containsKey(runId.apply(fact)))
			.forEach(fact -> byFact.put(fact, runs.get(runId.apply(fact))));
		return byFact;
	}

	/** What runs changed, a page each; the pages of all runs a query lists are read in one statement. */
	Map<ChangesPage, Connection<ImportChange>> changes(Set<ChangesPage> pages) {
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
						Connection.of(r.get("changes").asList(ImportRuns::change), r.get("offset").asInt(),
								r.get("total").asLong()))).stream()
			.collect(Collectors.toMap(PageRead::page, PageRead::changes));
	}

	/**
	 * The facts that carry each run's id, less those its changes name (it found them there), in the order of the rows
	 * that wrote them. The facts carry no index on the run, so each kind's are scanned once for all the runs asked.
	 */
	Map<CreatedPage, Connection<ImportFact>> created(Set<CreatedPage> pages) {
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
		pages.stream().map(CreatedPage::kind).distinct().forEach(title -> {
			FactKind kind = FactKind.titled(title);
			if (kind == null) {
				return;
			}
			this.reads.list(written(kind).scan(), CypherParameters.of("runs", runs), r -> r).forEach(row -> {
				String run = row.get("run").asString();
				Row fact = Row.of(row.get("at").asString(""), row.get("key").asString(),
						row.get("fact").isNull() ? null : kind.name(row.get("fact").asList()));
				Set<String> changes = changed.getOrDefault(run, Set.of());
				if (title.equals(kindOfRun.get(run)) && !changes.contains(fact.at())
						&& (fact.fact() == null || !changes.contains(fact.fact()))) {
					created.computeIfAbsent(run, r -> new ArrayList<>()).add(fact);
				}
			});
		});
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
		unnamed.forEach((title, keys) -> {
			FactKind kind = Objects.requireNonNull(FactKind.titled(title));
			this.reads.list(Objects.requireNonNull(written(kind).named()), CypherParameters.of("keys",
					List.copyOf(keys)),
					r -> r).forEach(row -> names.put(row.get("key").asString(), kind.name(row.get("fact").asList())));
		});
		return shown.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, page -> Connection.of(
				page.getValue().stream().map(row -> new ImportFact(row.at(), (row.fact() != null) ? row.fact()
						: names.getOrDefault(row.key(), "a fact removed while it was read"))).toList(),
				page.getKey().offset(), created.getOrDefault(page.getKey().run(), List.of()).size())));
	}

	private static Written written(FactKind kind) {
		return Objects.requireNonNull(WRITTEN.get(kind), "every kind is written somewhere");
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(@Nullable Object value) {
		// Every list a statement here returns is a COLLECT, which is empty rather than null.
		return (List<String>) Stored.nonNull(value);
	}

	/** A change as its run keeps it, where an empty text is a value that is none. */
	private static ImportChange change(Value c) {
		return new ImportChange(c.get(0).asString(), c.get(1).asString(), c.get(2).asString(), none(c.get(3).asString()),
				none(c.get(4).asString()));
	}

	private static @Nullable String none(String value) {
		return value.isEmpty() ? null : value;
	}

	/** The page of a run's changes that a query asks for. */
	record ChangesPage(String run, int offset, int size) {
	}

	/** The page of the facts a run created that a query asks for. */
	record CreatedPage(String run, String kind, int offset, int size) {
	}

	/** Where a kind's facts are scanned for their runs, and how those of a page are named (null: named by the scan). */
	private record Written(String scan, @Nullable String named) {
	}

	/** A fact the scan found: the row that wrote it, parsed once for sorting, and its element id or name. */
	private record Row(String at, String file, long line, String key, @Nullable String fact) {

		/** By file and then line number ({@code links.csv:9} before {@code links.csv:10}), as the rows came. */
		static final Comparator<Row> IN_ROW_ORDER = Comparator.comparing(Row::file).thenComparingLong(Row::line)
			.thenComparing(Row::key);

		/** A mutation's row ({@code graphql:addSisterLink}) has no line: 0. */
		static Row of(String at, String key, @Nullable String fact) {
			int colon = at.lastIndexOf(':');
			String line = at.substring(colon + 1);
			boolean numbered = colon > 0 && !line.isEmpty() && line.length() < 18 && line.chars().allMatch(Character::isDigit);
			return new Row(at, numbered ? at.substring(0, colon) : at, numbered ? Long.parseLong(line) : 0, key, fact);
		}

	}

	private record PageRead(ChangesPage page, Connection<ImportChange> changes) {
	}

	static ImportRun run(Record r) {
		return new ImportRun(r.get("id").asString(), r.get("file").asString(), r.get("sha256").asString(),
				r.get("kind").asString(), r.get("importedAt").asString(), r.get("user").asString(), r.get("rows").asLong(),
				r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong());
	}

}
