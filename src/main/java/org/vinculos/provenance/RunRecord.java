package org.vinculos.provenance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.Transaction;

/**
 * An import run as it is recorded, in the transaction that wrote its facts: one file of an import, or one steward's
 * mutation.
 * @param id the id every fact the run wrote carries ({@link #newId})
 * @param file the file's name, or the mutation ({@code graphql:addSisterLink})
 * @param sha256 the file's hash, or the hash of what the mutation keys its fact on
 * @param kind the {@link FactKind}'s title
 * @param outcomes how many rows created, updated and left unchanged a fact
 * @param changes what the rows changed in facts that were there before, in the order of the rows
 */
public record RunRecord(String id, String file, String sha256, String kind, String user, int rows,
		Map<WriteOutcome, Long> outcomes, List<ImportChange> changes) {

	/**
	 * A new run id: the time in base 36 and a random suffix. Every fact a run writes holds this id; at 23 characters
	 * Neo4j keeps it inside the property record, where a UUID needs a string record of its own for every link and made
	 * the commit of a large import about a fifth slower.
	 */
	public static String newId() {
		long suffix = ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36 * 36);
		return "import:" + Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(suffix, 36);
	}

	public long count(WriteOutcome outcome) {
		return this.outcomes.getOrDefault(outcome, 0L);
	}

	/**
	 * Records the run with its changes as five lists of the same length (a value that is none is an empty text, which
	 * no fact holds): a file that updates thousands of facts adds five properties to one node rather than thousands of
	 * nodes to its transaction.
	 */
	public void record(Transaction tx) {
		tx.run("""
				CREATE (r:__ImportRun {id: $id, file: $file, sha256: $sha256, kind: $kind, importedAt: datetime($at), user: $user,
				                     rows: $rows, created: $created, updated: $updated, unchanged: $unchanged,
				                     changeAt: $changeAt, changeFact: $changeFact, changeProperty: $changeProperty,
				                     changeWas: $changeWas, changeNow: $changeNow})""",
				Map.ofEntries(Map.entry("id", this.id), Map.entry("file", this.file), Map.entry("sha256", this.sha256),
						Map.entry("kind", this.kind), Map.entry("at", OffsetDateTime.now(ZoneOffset.UTC).toString()),
						Map.entry("user", this.user), Map.entry("rows", this.rows),
						Map.entry("created", count(WriteOutcome.CREATED)), Map.entry("updated", count(WriteOutcome.UPDATED)),
						Map.entry("unchanged", count(WriteOutcome.UNCHANGED)),
						Map.entry("changeAt", this.changes.stream().map(ImportChange::at).toList()),
						Map.entry("changeFact", this.changes.stream().map(ImportChange::fact).toList()),
						Map.entry("changeProperty", this.changes.stream().map(ImportChange::property).toList()),
						Map.entry("changeWas", this.changes.stream().map(c -> Objects.requireNonNullElse(c.was(), "")).toList()),
						Map.entry("changeNow", this.changes.stream().map(c -> Objects.requireNonNullElse(c.now(), "")).toList())))
			.consume();
	}

}
