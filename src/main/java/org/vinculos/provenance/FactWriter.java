package org.vinculos.provenance;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

/**
 * Writes one kind of fact, for file imports and stewards' mutations alike: merges valid rows on the kind's natural key
 * in the transaction given, counting in {@link Writes} what each row did and telling what it changed.
 */
@FunctionalInterface
public interface FactWriter {

	/**
	 * @param reader where a writer may read, in transactions of its own, what was committed before the import; none
	 * for a steward's single fact
	 * @param run the import run's id, which every fact written carries
	 */
	void write(Transaction tx, @Nullable Driver reader, List<ImportRow> rows, String run, Writes writes);

}
