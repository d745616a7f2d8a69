package org.vinculos.agreement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;

import org.vinculos.database.CypherParameters;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWriter;
import org.vinculos.provenance.FactWrites;
import org.vinculos.provenance.ImportChange;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.StatementWriter;
import org.vinculos.provenance.WriteOutcome;

/**
 * Writes agreements, from files and mutations alike: the Mexican party, the title and the date signed are the key
 * ({@link #id}); one row per counterpart, whose type and country are kept on its PARTY relationship (the agreement
 * keeps its first counterpart's, as the registry lists). {@link #update} is a steward's correction of an agreement's
 * status, end, registration and topics.
 */
public final class AgreementWriter {

	/** The statement, over {@code $rows} (each of {@link #rows}) and {@code $run}, the import run's id. */
	public static final String STATEMENT = """
			UNWIND $rows AS row
			MATCH (m:Entity {id: row.mexicanParty}), (c:Entity {id: row.counterpart})
			OPTIONAL MATCH (old:Agreement {id: row.id})
			WITH row, m, c, old, coalesce(c.country, CASE WHEN c:Country THEN c.id END) AS counterpartCountry, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN coalesce(old.kind, '') = coalesce(row.kind, '') AND coalesce(old.status, '') = coalesce(row.status, '')
			   AND coalesce(toString(old.ended), '') = coalesce(row.ended, '')
			   AND coalesce(toString(old.registered), '') = coalesce(toString(row.registered), '')
			   AND EXISTS { MATCH (old)-[p:PARTY {role: 'counterpart'}]->(c)
			                WHERE coalesce(p.counterpartType, '') = coalesce(row.counterpartType, '') }
			   AND all(t IN row.topics WHERE EXISTS { MATCH (old)-[:COVERS]->(:Entity {id: t}) }) THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			WITH row, m, c, old, counterpartCountry, outcome, CASE outcome WHEN 'updated' THEN {kind: old.kind, status: old.status,
			       ended: toString(old.ended), registered: toString(old.registered),
			       counterparts: COLLECT { MATCH (old)-[:PARTY {role: 'counterpart'}]->(x) RETURN x.id ORDER BY x.id },
			       counterpartType: COLLECT { MATCH (old)-[p:PARTY {role: 'counterpart'}]->(c) RETURN p.counterpartType }[0],
			       topics: COLLECT { MATCH (old)-[:COVERS]->(t) RETURN t.id ORDER BY t.id }} END AS was
			WITH row, m, c, counterpartCountry, outcome, CASE WHEN was IS NOT NULL THEN {at: row.sourceRef,
			       fact: [row.title, row.id], was: was,
			       now: {kind: row.kind, status: row.status, ended: row.ended, registered: toString(row.registered),
			             counterparts: CASE WHEN c.id IN was.counterparts THEN was.counterparts ELSE was.counterparts + c.id END,
			             counterpartType: row.counterpartType,
			             topics: was.topics + [t IN row.topics WHERE NOT t IN was.topics]}} END AS change
			CALL (row, m, c, counterpartCountry, outcome) {
			  WITH row, m, c, counterpartCountry, outcome WHERE outcome <> 'unchanged'
			  MERGE (a:Entity {id: row.id})
			  ON CREATE SET a:Agreement, a.sources = [], a.sourceRefs = [], a.counterpartType = row.counterpartType,
			                a.counterpartCountry = counterpartCountry
			  SET a.title = row.title, a.name = row.title, a.names = [row.title], a.searchText = toLower(row.title),
			      a.kind = row.kind, a.level = row.level, a.status = row.status, a.signed = date(row.signed),
			      a.ended = date(row.ended), a.registered = row.registered, a.importRun = $run,
			      a.sourceRefs = CASE WHEN row.source IN a.sources THEN a.sourceRefs ELSE a.sourceRefs + row.sourceRef END,
			      a.sources = CASE WHEN row.source IN a.sources THEN a.sources ELSE a.sources + row.source END
			  MERGE (a)-[pm:PARTY {role: 'mexican'}]->(m)
			  ON CREATE SET pm.source = row.source, pm.sourceRef = row.sourceRef
			  MERGE (a)-[pc:PARTY {role: 'counterpart'}]->(c)
			  ON CREATE SET pc.source = row.source, pc.sourceRef = row.sourceRef
			  SET pc.counterpartType = row.counterpartType, pc.counterpartCountry = counterpartCountry
			  WITH a, row
			  CALL (a, row) {
			    UNWIND row.topics AS topicId
			    MATCH (t:Entity {id: topicId})
			    MERGE (a)-[cv:COVERS]->(t)
			    ON CREATE SET cv.source = row.source, cv.sourceRef = row.sourceRef
			  }
			}
			RETURN outcome, count(*) AS n, collect(change) AS changes""";

	/** Writes agreements, for files and mutations alike. */
	public static final FactWriter WRITER = new StatementWriter(STATEMENT, FactKind.AGREEMENTS);

	private AgreementWriter() {
	}

	/** The id of an agreement: its Mexican party, title and date signed, which identify it in the registry. */
	public static String id(String mexicanParty, String title, @Nullable String signed) {
		String key = mexicanParty + "|" + title.strip().toLowerCase(Locale.ROOT) + "|" + ((signed != null) ? signed : "");
		return "agreement:" + Sources.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}

	/**
	 * An agreement the rules passed, as the statement reads it: a row for each counterpart.
	 * @param at where it was stated: {@code file:line}, or the mutation
	 */
	public static List<ImportRow> rows(AgreementStatement agreement, AgreementRules.Checked checked, String at) {
		List<ImportRow> rows = new ArrayList<>();
		String source = Objects.requireNonNull(agreement.source(), "an agreement's source passed its rules").strip();
		String title = Objects.requireNonNull(agreement.title(), "an agreement's title passed its rules").strip();
		String id = id(Objects.requireNonNull(agreement.mexicanParty(),
				"an agreement's Mexican party passed its rules"),
				title, checked.signed());
		for (String counterpart : agreement.counterparts()) {
			Map<String, @Nullable Object> p = new HashMap<>();
			p.put("id", id);
			p.put("title", title);
			p.put("kind", agreement.kind());
			p.put("level", agreement.level());
			p.put("mexicanParty", agreement.mexicanParty());
			p.put("counterpart", counterpart);
			p.put("counterpartType", agreement.counterpartType());
			p.put("topics", (agreement.topics() != null) ? agreement.topics() : List.of());
			p.put("signed", checked.signed());
			p.put("ended", checked.ended());
			p.put("status", agreement.status());
			p.put("registered", agreement.registered());
			p.put("source", Sources.id(source));
			p.put("sourceRef", at);
			rows.add(new ImportRow(p, source, agreement.sourceUrl()));
		}
		return rows;
	}

	/**
	 * A steward's correction of an agreement: the fields given (null: as they are), the topics added, and the source
	 * that states them.
	 */
	public record Correction(String id, @Nullable String status, @Nullable String ended, @Nullable Boolean registered,
			@Nullable List<String> topics, String source) {
	}

	/**
	 * Sets the fields given, as a steward's change: what changed, property by property; the run counts the agreement
	 * updated when anything changed.
	 * @param at the mutation
	 */
	public static FactWrites.Change update(Correction correction, String at) {
		return (tx, run, writes) -> {
			List<ImportChange> changes = update(tx, CypherParameters.of("id", correction.id(), "status", correction.status(),
					"ended", correction.ended(), "registered", correction.registered(), "topics", correction.topics(),
					"source", Sources.id(correction.source()), "sourceRef", at, "run", run));
			writes.changes().addAll(changes);
			writes.count(changes.isEmpty() ? WriteOutcome.UNCHANGED : WriteOutcome.UPDATED, 1);
		};
	}

	private static List<ImportChange> update(Transaction tx, Map<String, Object> changes) {
		Record changed = tx.run("""
				MATCH (a:Agreement {id: $id})
				WITH a, {status: a.status, ended: toString(a.ended), registered: toString(a.registered),
				         topics: COLLECT { MATCH (a)-[:COVERS]->(t) RETURN t.id ORDER BY t.id }} AS before
				SET a.status = coalesce($status, a.status), a.ended = coalesce(date($ended), a.ended),
				    a.registered = coalesce($registered, a.registered)
				WITH a, before
				CALL (a) {
				  UNWIND coalesce($topics, []) AS topicId
				  MATCH (t:Entity {id: topicId})
				  MERGE (a)-[c:COVERS]->(t)
				  ON CREATE SET c.source = $source, c.sourceRef = $sourceRef
				}
				WITH a, before, {status: a.status, ended: toString(a.ended), registered: toString(a.registered),
				                 topics: COLLECT { MATCH (a)-[:COVERS]->(t) RETURN t.id ORDER BY t.id }} AS after
				CALL (a, before, after) {
				  WITH a WHERE [key IN keys(before) | coalesce(before[key], '')] <> [key IN keys(before) | coalesce(after[key], '')]
				  SET a.sourceRefs = CASE WHEN $source IN a.sources THEN a.sourceRefs ELSE a.sourceRefs + $sourceRef END,
				      a.sources = CASE WHEN $source IN a.sources THEN a.sources ELSE a.sources + $source END,
				      a.importRun = $run
				}
				RETURN a.title AS title, before, after""", changes).single();
		return ImportChange.between(String.valueOf(changes.get("sourceRef")),
				FactKind.AGREEMENTS.name(List.of(changed.get("title").asString(), changes.get("id"))),
				changed.get("before").asMap(), changed.get("after").asMap());
	}

}
