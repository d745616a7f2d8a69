package org.vinculos.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;

import org.springframework.stereotype.Component;

/**
 * Reads recorded import runs by the ids that facts carry, for the features whose facts stewards import.
 */
@Component
public class ImportRuns {

	/** What a run is made of, for a statement that has matched it as {@code r}. */
	static final String RUN = """
			RETURN r.id AS id, r.file AS file, r.sha256 AS sha256, r.kind AS kind, toString(r.importedAt) AS importedAt,
			       r.user AS user, r.rows AS rows, r.created AS created, r.updated AS updated, r.unchanged AS unchanged""";

	private final Reads reads;

	ImportRuns(Reads reads) {
		this.reads = reads;
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

	static ImportRun run(Record r) {
		return new ImportRun(r.get("id").asString(), r.get("file").asString(), r.get("sha256").asString(),
				r.get("kind").asString(), r.get("importedAt").asString(), r.get("user").asString(), r.get("rows").asLong(),
				r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong());
	}

}
