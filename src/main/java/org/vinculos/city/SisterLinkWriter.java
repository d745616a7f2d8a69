package org.vinculos.city;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWriter;
import org.vinculos.provenance.ImportChange;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.WriteOutcome;
import org.vinculos.provenance.Writes;
import org.vinculos.provenance.YearOrDate;

/**
 * Writes sister-city links: finds the links the rows already state (same pair, same source), compares them with the
 * rows in memory, and sends only the links to create and those to update, each row a list rather than a map. A file
 * imported twice thus writes nothing the second time, and a new file pays for plain creates only.
 *
 * <p>Cities and links are addressed by their element ids, which is faster than a locking seek of the id index for
 * every row; every statement counts the rows it matched, so a city or link deleted meanwhile fails the import instead
 * of losing a row. Element ids read while the import's transaction is open stay valid until it ends: Neo4j reuses the
 * id of a deleted node only once every transaction open at its deletion has closed.
 *
 * <p>Looking up the existing links of a large file takes a second of walking the cities' relationships, which the
 * import's own transaction, busy with one statement at a time, would add to its creates. So a second transaction looks
 * them up, chunk by chunk, while the first creates the links of the chunks already answered, each on a core of its
 * own. It may: the import holds the write locks of the sources it cites, so no other writer can add or change their
 * links before it commits, and everything committed before is there for the second transaction to read. Only the
 * links an earlier file of the same import wrote are not, and those are looked up in the import's own transaction.
 */
public final class SisterLinkWriter {

	/** Writes sister-city links, for files and mutations alike. */
	public static final FactWriter WRITER = SisterLinkWriter::write;

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (c:Entity {id: id})
			RETURN id, elementId(c) AS node""";

	/**
	 * The links the rows state already, asked once per city and source with the other cities of its rows: one seek
	 * and one expansion per city instead of two seeks and an expansion per row. Answers the group's index in the list.
	 */
	private static final String EXISTING = """
			UNWIND range(0, size($groups) - 1) AS i
			WITH i, $groups[i] AS group
			MATCH (a) WHERE elementId(a) = group[0]
			MATCH (a)-[l:SISTER_CITY {source: group[1]}]->(b)
			WHERE elementId(b) IN group[2]
			RETURN i, elementId(b) AS b, elementId(l) AS link, [l.since, l.sinceDate, l.until, l.status] AS properties""";

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

	/** Files smaller than this are looked up in the import's own transaction: a second one would not pay for itself. */
	private static final int SECOND_TRANSACTION_FROM = 20_000;

	private final Transaction tx;

	private final List<ImportRow> rows;

	private final String run;

	private final Writes writes;

	private final List<List<Object>> created = new ArrayList<>();

	private final List<List<Object>> updated = new ArrayList<>();

	/** The rows that update a link, in the file's order, with the link's properties before. */
	private final Map<Integer, List<Object>> changedLinks = new TreeMap<>();

	/** The element id of each city of the rows, by the city's id. */
	private final Map<String, String> nodes = new HashMap<>();

	private int unchanged;

	private SisterLinkWriter(Transaction tx, List<ImportRow> rows, String run, Writes writes) {
		this.tx = tx;
		this.rows = rows;
		this.run = run;
		this.writes = writes;
	}

	/** Writes the rows in {@code tx}, looking up the links of settled sources with {@code reader} when it is given. */
	private static void write(Transaction tx, @Nullable Driver reader, List<ImportRow> rows, String run, Writes writes) {
		new SisterLinkWriter(tx, rows, run, writes).write((rows.size() >= SECOND_TRANSACTION_FROM) ? reader : null);
	}

	private void write(@Nullable Driver reader) {
		List<String> ids = this.rows.stream().flatMap(row -> Stream.of(row.parameters().get("a"),
				row.parameters().get("b"))).map(String.class::cast).distinct().toList();
		// The second transaction reads the cities' element ids while this thread sorts the rows.
		try (Lookups lookups = (reader != null) ? new Lookups(reader, ids) : null) {
			List<Integer> unseen = new ArrayList<>();
			Map<Object, Map<Object, List<Integer>>> groups = new LinkedHashMap<>();
			for (int i = 0; i < this.rows.size(); i++) {
				Map<String, Object> p = this.rows.get(i).parameters();
				if (this.writes.newSources().contains(p.get("source"))) {
					unseen.add(i);
				}
				else {
					groups.computeIfAbsent(p.get("source"), source -> new LinkedHashMap<>())
						.computeIfAbsent(p.get("a"), a -> new ArrayList<>()).add(i);
				}
			}
			Chunks theirs = new Chunks();
			Chunks ours = new Chunks();
			groups.forEach((source, bySource) -> bySource.values().forEach(
					((lookups != null && !this.writes.writtenSources().contains(source)) ? theirs : ours)::add));
			if (lookups != null) {
				lookups.lookUp(theirs.chunks);
				this.nodes.putAll(lookups.nodes());
			}
			List<String> missing = ids.stream().filter(id -> !this.nodes.containsKey(id)).toList();
			if (!missing.isEmpty()) {
				// The cities a cities file of this import added are not committed yet: only this transaction sees them.
				this.tx.run(NODES, Map.of("ids", missing))
					.forEachRemaining(r -> this.nodes.put(r.get("id").asString(), r.get("node").asString()));
			}
			if (this.nodes.size() != ids.size()) {
				throw changedMeanwhile(ids.size() - this.nodes.size() + " cities");
			}
			unseen.forEach(this::create);
			for (List<List<Integer>> chunk : ours.chunks) {
				answer(chunk, this.tx.run(EXISTING, Map.of("groups", lookup(chunk, this.nodes))).list());
			}
			// Only a second transaction has chunks of its own to answer.
			for (int k = 0; lookups != null && k < theirs.chunks.size(); k++) {
				answer(theirs.chunks.get(k), lookups.existing(k));
			}
		}
		send(CREATE, this.created);
		send(UPDATE, this.updated);
		this.writes.count(WriteOutcome.UNCHANGED, this.unchanged);
		tellChanges();
	}

	/**
	 * One link the rules passed, as the statements read it: its cities in id order (links are stored once, from the
	 * lower id); an absent value (no until, say) has no entry.
	 * @param at where it was stated: {@code file:line}, or the mutation
	 */
	public static ImportRow row(SisterLinkStatement link, SisterLinkRules.Checked checked, String at) {
		YearOrDate since = checked.since();
		YearOrDate until = checked.until();
		String a = Objects.requireNonNull(link.cityA(), "cityA passed its rules");
		String b = Objects.requireNonNull(link.cityB(), "cityB passed its rules");
		boolean ordered = a.compareTo(b) < 0;
		String source = Objects.requireNonNull(link.source(), "the source passed its rules").strip();
		Map<String, @Nullable Object> p = new HashMap<>();
		p.put("a", ordered ? a : b);
		p.put("b", ordered ? b : a);
		p.put("since", (since != null) ? since.year() : null);
		p.put("sinceDate", (since != null) ? since.date() : null);
		p.put("until", (until != null) ? until.year() : null);
		p.put("status", link.status());
		p.put("source", Sources.id(source));
		p.put("sourceRef", at);
		// A large file keeps one such map a row until its write commits: an immutable copy without the absent
		// values takes a third of a HashMap's memory, which the collector then copies less often.
		p.values().removeIf(Objects::isNull);
		return new ImportRow(Map.copyOf(p), source, link.sourceUrl());
	}

	/** The lookup of a chunk: each group's first city, its source and its other cities, by element id. */
	private List<List<Object>> lookup(List<List<Integer>> chunk, Map<String, String> elements) {
		List<List<Object>> lookup = new ArrayList<>(chunk.size());
		for (List<Integer> group : chunk) {
			Map<String, Object> first = this.rows.get(group.getFirst()).parameters();
			lookup.add(List.of(Objects.requireNonNullElse(elements.get(first.get("a")), ""), first.get("source"),
					group.stream().map(i -> elements.get(this.rows.get(i).parameters().get("b"))).filter(Objects::nonNull)
						.toList()));
		}
		return lookup;
	}

	/** Sorts a chunk's rows into created, updated and unchanged by the links its lookup found. */
	private void answer(List<List<Integer>> chunk, List<Record> found) {
		Map<Integer, Record> byRow = new HashMap<>();
		for (Record record : found) {
			String b = record.get("b").asString();
			for (int i : chunk.get(record.get("i").asInt())) {
				if (b.equals(this.nodes.get(this.rows.get(i).parameters().get("b")))) {
					byRow.put(i, record);
				}
			}
		}
		int before = this.unchanged;
		for (List<Integer> group : chunk) {
			for (int i : group) {
				Record link = byRow.get(i);
				Map<String, Object> p = this.rows.get(i).parameters();
				if (link == null) {
					create(i);
				}
				else if (!same(link.get("properties").asList(), PROPERTIES.stream().map(p::get).toList())) {
					this.updated.add(values(link.get("link").asString(), null, p));
					this.changedLinks.put(i, link.get("properties").asList());
				}
				else {
					this.unchanged++;
				}
			}
		}
		this.writes.written().accept(this.unchanged - before);
	}

	private void create(int row) {
		Map<String, Object> p = this.rows.get(row).parameters();
		this.created.add(values(this.nodes.get(p.get("a")), this.nodes.get(p.get("b")), p));
		if (this.created.size() >= BATCH) {
			send(CREATE, this.created);
		}
	}

	private void send(String statement, List<List<Object>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		long n = this.tx.run(statement, Map.of("rows", batch, "run", this.run)).single().get("n").asLong();
		if (n != batch.size()) {
			throw changedMeanwhile((batch.size() - n) + " links");
		}
		this.writes.written().accept(batch.size());
		this.writes.count(statement.equals(CREATE) ? WriteOutcome.CREATED : WriteOutcome.UPDATED, batch.size());
		batch.clear();
	}

	private static IllegalStateException changedMeanwhile(String what) {
		return new IllegalStateException(what + " changed while the file was imported; nothing was written, import it again");
	}

	/** A row as the list CREATE and UPDATE read: what it addresses (two cities, or a link), then its properties. */
	private static List<Object> values(@Nullable String first, @Nullable String second, Map<String, Object> p) {
		return Arrays.asList(first, second, p.get("source"), p.get("since"), p.get("sinceDate"), p.get("until"),
				p.get("status"), p.get("sourceRef"));
	}

	/** Whether the stored properties equal the row's. */
	private static boolean same(List<Object> stored, List<Object> given) {
		for (int i = 0; i < given.size(); i++) {
			if (!ImportChange.same(stored.get(i), given.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** What each row changes in the link it updates, the link named by its cities' names and ids. */
	private void tellChanges() {
		if (this.changedLinks.isEmpty()) {
			return;
		}
		List<Object> ids = this.changedLinks.keySet().stream().map(i -> this.rows.get(i).parameters())
			.flatMap(p -> Stream.of(p.get("a"), p.get("b"))).distinct().toList();
		Map<String, String> names = new HashMap<>();
		this.tx.run("MATCH (c:Entity) WHERE c.id IN $ids RETURN c.id AS id, c.name AS name", Map.of("ids", ids))
			.forEachRemaining(r -> names.put(r.get("id").asString(), r.get("name").asString(null)));
		this.changedLinks.forEach((i, stored) -> {
			Map<String, Object> p = this.rows.get(i).parameters();
			Map<String, Object> was = new HashMap<>();
			Map<String, Object> now = new HashMap<>();
			for (int k = 0; k < PROPERTIES.size(); k++) {
				was.put(PROPERTIES.get(k), stored.get(k));
				now.put(PROPERTIES.get(k), p.get(PROPERTIES.get(k)));
			}
			this.writes.changes().addAll(ImportChange.between(String.valueOf(p.get("sourceRef")),
					FactKind.SISTER_LINKS.name(
					Arrays.asList(names.get(p.get("a")), p.get("a"), names.get(p.get("b")), p.get("b"), p.get("source"))), was, now));
		});
	}

	/** Groups of rows in chunks of about a batch of rows: a chunk is one lookup. */
	private static final class Chunks {

		private final List<List<List<Integer>>> chunks = new ArrayList<>();

		private int rows = BATCH;

		void add(List<Integer> group) {
			if (this.rows >= BATCH) {
				this.chunks.add(new ArrayList<>());
				this.rows = 0;
			}
			this.chunks.getLast().add(group);
			this.rows += group.size();
		}

	}

	/**
	 * The lookups of a second transaction, on a thread of their own: first the cities' element ids, then, once the
	 * writer has the chunks, the existing links of each, which the writer takes in order as they come.
	 */
	private final class Lookups implements AutoCloseable {

		private final CompletableFuture<Map<String, String>> nodes = new CompletableFuture<>();

		private final CompletableFuture<List<List<List<Integer>>>> chunks = new CompletableFuture<>();

		private volatile List<CompletableFuture<List<Record>>> existing = List.of();

		private final Thread thread;

		private volatile boolean closed;

		Lookups(Driver reader, List<String> ids) {
			this.thread = Thread.ofPlatform().daemon().name("vinculos-import-lookups").start(() -> lookUp(reader, ids));
		}

		/** Starts the lookups of the chunks, once the element ids are read. */
		void lookUp(List<List<List<Integer>>> chunks) {
			this.existing = chunks.stream().map(chunk -> new CompletableFuture<List<Record>>()).toList();
			this.chunks.complete(chunks);
		}

		private void lookUp(Driver reader, List<String> ids) {
			// A session in the default (write) mode: on a cluster it reads from the leader, which has every commit.
			try (Session session = reader.session(); Transaction lookups = session.beginTransaction()) {
				Map<String, String> elements = new HashMap<>();
				lookups.run(NODES, Map.of("ids", ids))
					.forEachRemaining(r -> elements.put(r.get("id").asString(), r.get("node").asString()));
				this.nodes.complete(elements);
				List<List<List<Integer>>> chunks = this.chunks.join();
				for (int k = 0; k < chunks.size() && !this.closed; k++) {
					this.existing.get(k)
						.complete(lookups.run(EXISTING, Map.of("groups", lookup(chunks.get(k), elements))).list());
				}
			}
			catch (RuntimeException ex) {
				this.nodes.completeExceptionally(ex);
				this.existing.forEach(chunk -> chunk.completeExceptionally(ex));
			}
		}

		Map<String, String> nodes() {
			return join(this.nodes);
		}

		List<Record> existing(int chunk) {
			return join(this.existing.get(chunk));
		}

		private static <T> T join(CompletableFuture<T> future) {
			try {
				return future.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}

		@Override
		public void close() {
			this.closed = true;
			this.chunks.complete(List.of());
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
