package org.vinculos.provenance;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * A writer that is one statement over a batch of rows ({@code $rows}, each a row's parameters, and {@code $run}),
 * returning for each outcome ({@code 'created'}, {@code 'updated'}, {@code 'unchanged'}) the number of rows as
 * {@code n} and, as {@code changes}, each updated fact's {@code at}, {@code fact} (the parts of its name, as its
 * {@link FactKind} reads them), {@code was} and {@code now}.
 */
public final class StatementWriter implements FactWriter {

	private static final int BATCH = 10_000;

	private final String statement;

	private final FactKind kind;

	public StatementWriter(String statement, FactKind kind) {
		this.statement = statement;
		this.kind = kind;
	}

	@Override
	public void write(Transaction tx, @Nullable Driver reader, List<ImportRow> rows, String run, Writes writes) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			tx.run(this.statement, Map.of("rows", batch.stream().map(ImportRow::parameters).toList(), "run", run))
				.forEachRemaining(r -> {
					writes.count(WriteOutcome.of(r.get("outcome").asString()), r.get("n").asLong());
					for (Value change : r.get("changes").values()) {
						writes.changes().addAll(ImportChange.between(change.get("at").asString(),
								this.kind.name(change.get("fact").asList()), change.get("was").asMap(), change.get("now").asMap()));
					}
				});
			writes.written().accept(batch.size());
		}
	}

}
