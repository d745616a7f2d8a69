package org.vinculos.provenance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

import org.vinculos.database.GraphChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A steward's statement of one fact, written as a run of its own: in one transaction, the source it cites merged, the
 * fact written by its kind's writer (the one file imports use) or withdrawn, and the run recorded with what it changed.
 */
@Service
public class FactWrites {

	private final Driver driver;

	private final ApplicationEventPublisher events;

	FactWrites(Driver driver, ApplicationEventPublisher events) {
		this.driver = driver;
		this.events = events;
	}

	/** One steward's change of the graph. */
	@FunctionalInterface
	public interface Change {

		/**
		 * Changes the graph in {@code tx}, what it writes carrying the {@code run} id, and counts in {@code writes} what
		 * it did and tells it what it changed in a fact that was there before.
		 */
		void apply(Transaction tx, String run, Writes writes);

	}

	/**
	 * Writes the rows a steward stated (one, or an agreement's one a counterpart) as the kind's writer writes a file's.
	 * @param operation the mutation, which the run names as its file
	 * @param key what the fact is keyed on, hashed with its source for the run
	 * @return created when any row created a fact, else updated when any changed one, else unchanged
	 */
	public WriteOutcome write(String operation, FactKind kind, String key, FactWriter writer, List<ImportRow> rows,
			String user) {
		ImportRow first = rows.getFirst();
		return change(operation, kind, key + "|" + first.sourceText(), first.cited(), user,
				(tx, run, writes) -> writer.write(tx, null, rows, run, writes));
	}

	/**
	 * Runs one steward's change in one transaction: merges the source it cites, lets {@code change} change the graph,
	 * and records the run, counting the fact once as what the change did to it.
	 * @return created when the change created a fact, else updated when it changed one, else unchanged
	 */
	public WriteOutcome change(String operation, FactKind kind, String key, Sources.Cited source, String user,
			Change change) {
		String run = RunRecord.newId();
		try (var session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			Sources.merge(tx, List.of(source));
			Writes writes = Writes.ofOne(new ArrayList<>());
			change.apply(tx, run, writes);
			WriteOutcome outcome = writes.outcome();
			new RunRecord(run, operation, Sources.sha256(key.getBytes(StandardCharsets.UTF_8)), kind.title(), user, 1,
					Map.of(outcome, 1L), writes.changes()).record(tx);
			tx.commit();
			this.events.publishEvent(new GraphChanged());
			return outcome;
		}
	}

}
