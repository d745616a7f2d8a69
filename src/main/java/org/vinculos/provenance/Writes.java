package org.vinculos.provenance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * What a write of facts is told besides its rows, and what it tells back.
 * @param newSources the sources this transaction created and no earlier file of the import cited: none of their facts
 * can be in the graph yet
 * @param writtenSources the sources an earlier file of the import cited: only this transaction sees all their facts
 * @param outcomes how many rows created, updated and left unchanged a fact, counted by the write
 * @param written told how many rows each step wrote, for the progress bar
 * @param changes told what the write changed in facts that were there before
 */
public record Writes(Set<String> newSources, Set<String> writtenSources, Map<WriteOutcome, Long> outcomes,
		IntConsumer written, List<ImportChange> changes) {

	/** A steward's write of one fact: no sources settled or written before it, nobody watching its progress. */
	public static Writes ofOne(List<ImportChange> changes) {
		return new Writes(Set.of(), Set.of(), new EnumMap<>(WriteOutcome.class), n -> {
		}, changes);
	}

	public void count(WriteOutcome outcome, long n) {
		if (n > 0) {
			this.outcomes.merge(outcome, n, Long::sum);
		}
	}

	public long count(WriteOutcome outcome) {
		return this.outcomes.getOrDefault(outcome, 0L);
	}

	/** What the rows did taken together: created when any created a fact, else updated when any changed one. */
	public WriteOutcome outcome() {
		return (count(WriteOutcome.CREATED) > 0) ? WriteOutcome.CREATED
				: (count(WriteOutcome.UPDATED) > 0) ? WriteOutcome.UPDATED : WriteOutcome.UNCHANGED;
	}

}
