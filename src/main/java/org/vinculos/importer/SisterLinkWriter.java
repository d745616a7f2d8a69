package org.vinculos.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.neo4j.driver.Transaction;

/**
 * Writes sister-city links: finds the links the rows already state (same pair, same source), compares them with the
 * rows in memory, and sends only the links to create and those to update, each row a list rather than a map. A file
 * imported twice thus writes nothing the second time, and a new file pays for plain creates only.
 *
 * <p>Cities and links are addressed by the element ids read in the same transaction, which is faster than a locking
 * seek of the id index for every row; every statement counts the rows it matched, so a city or link deleted meanwhile
 * fails the import instead of losing a row.
 */
final class SisterLinkWriter {

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (c:Entity {id: id})
			RETURN id, elementId(c) AS node""";

	/**
	 * The links the rows state already, asked once per city and source with the other cities of its rows: one seek
	 * and one expansion per city instead of two seeks and an expansion per row.
	 */
	private static final String EXISTING = """
			UNWIND $groups AS group
			MATCH (a) WHERE elementId(a) = group[0]
			MATCH (a)-[l:SISTER_CITY {source: group[1]}]->(b)
			WHERE elementId(b) IN group[2]
			RETURN group[0] AS a, elementId(b) AS b, group[1] AS source, elementId(l) AS link,
			       [l.since, l.sinceDate, l.until, l.status] AS properties""";

	private static final String CREATE = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row[0]
			MATCH (b) WHERE elementId(b) = row[1]
			CREATE (a)-[:SISTER_CITY {source: row[2], since: row[3], sinceDate: row[4], until: row[5], status: row[6],
			                          sourceRef: row[7], importRun: $run}]->(b)
			RETURN count(*) AS n""";

	private static final String UPDATE = """
			UNWIND $rows AS row
			MATCH ()-[l:SISTER_CITY]->() WHERE elementId(l) = row[0]
			SET l.since = row[3], l.sinceDate = row[4], l.until = row[5], l.status = row[6], l.sourceRef = row[7],
			    l.importRun = $run
			RETURN count(*) AS n""";

	/** The properties a row sets, in the order EXISTING returns them. */
	private static final List<String> PROPERTIES = List.of("since", "sinceDate", "until", "status");

	private static final int BATCH = 10_000;

	private SisterLinkWriter() {
	}

	/**
	 * Writes the rows; those that cite a source this transaction created cannot be in the graph yet, so the lookup of
	 * existing links (a tenth of a large import) asks only for the others.
	 */
	static void write(Transaction tx, List<ImportRow> rows, String run, Set<String> newSources, Map<String, Long> outcomes,
			IntConsumer written) {
		Map<String, String> nodes = new HashMap<>();
		List<Object> ids = rows.stream().flatMap(row -> Stream.of(row.parameters().get("a"),
				row.parameters().get("b"))).distinct().toList();
		tx.run(NODES, Map.of("ids", ids)).forEachRemaining(r -> nodes.put(r.get("id").asString(), r.get("node").asString()));
		if (nodes.size() != ids.size()) {
			throw changedMeanwhile(ids.size() - nodes.size() + " cities");
		}
		Map<String, Integer> rowOf = new HashMap<>();
		Map<List<String>, List<String>> groups = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> p = rows.get(i).parameters();
			String a = nodes.get(p.get("a"));
			String b = nodes.get(p.get("b"));
			String source = (String) p.get("source");
			if (!newSources.contains(source)) {
				rowOf.put(a + "|" + b + "|" + source, i);
				groups.computeIfAbsent(List.of(a, source), key -> new ArrayList<>()).add(b);
			}
		}
		List<List<Object>> lookups = new ArrayList<>(groups.size());
		groups.forEach((key, others) -> lookups.add(List.of(key.get(0), key.get(1), others)));
		String[] links = new String[rows.size()];
		List<List<Object>> stored = new ArrayList<>(rows.size());
		rows.forEach(row -> stored.add(null));
		for (int from = 0; from < lookups.size(); from += BATCH) {
			tx.run(EXISTING, Map.of("groups", lookups.subList(from, Math.min(lookups.size(), from + BATCH))))
				.forEachRemaining(r -> {
					int i = rowOf.get(r.get("a").asString() + "|" + r.get("b").asString() + "|" + r.get("source").asString());
					links[i] = r.get("link").asString();
					stored.set(i, r.get("properties").asList());
				});
		}
		List<List<Object>> created = new ArrayList<>();
		List<List<Object>> updated = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> p = rows.get(i).parameters();
			if (links[i] == null) {
				created.add(values(nodes.get(p.get("a")), nodes.get(p.get("b")), p));
			}
			else if (!same(stored.get(i), PROPERTIES.stream().map(p::get).toList())) {
				updated.add(values(links[i], null, p));
			}
		}
		int unchanged = rows.size() - created.size() - updated.size();
		written.accept(unchanged);
		send(tx, CREATE, created, run, written);
		send(tx, UPDATE, updated, run, written);
		count(outcomes, "created", created.size());
		count(outcomes, "updated", updated.size());
		count(outcomes, "unchanged", unchanged);
	}

	private static void send(Transaction tx, String statement, List<List<Object>> rows, String run, IntConsumer written) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			int to = Math.min(rows.size(), from + BATCH);
			long n = tx.run(statement, Map.of("rows", rows.subList(from, to), "run", run)).single().get("n").asLong();
			if (n != to - from) {
				throw changedMeanwhile((to - from - n) + " links");
			}
			written.accept(to - from);
		}
	}

	private static IllegalStateException changedMeanwhile(String what) {
		return new IllegalStateException(what + " changed while the file was imported; nothing was written, import it again");
	}

	private static void count(Map<String, Long> outcomes, String outcome, int n) {
		if (n > 0) {
			outcomes.merge(outcome, (long) n, Long::sum);
		}
	}

	/** A row as the list CREATE and UPDATE read: what it addresses (two cities, or a link), then its properties. */
	private static List<Object> values(String first, String second, Map<String, Object> p) {
		return Arrays.asList(first, second, p.get("source"), p.get("since"), p.get("sinceDate"), p.get("until"),
				p.get("status"), p.get("sourceRef"));
	}

	/** Whether the stored properties equal the row's; integers come back from the database as longs. */
	private static boolean same(List<Object> stored, List<Object> given) {
		for (int i = 0; i < given.size(); i++) {
			Object a = stored.get(i);
			Object b = given.get(i);
			if (a instanceof Number x && b instanceof Number y) {
				if (x.longValue() != y.longValue()) {
					return false;
				}
			}
			else if (!Objects.equals(a, b)) {
				return false;
			}
		}
		return true;
	}

}
