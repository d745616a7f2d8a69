package org.vinculos.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWriter;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.StatementWriter;

/**
 * Writes network memberships, from files and mutations alike: the member, the network and the source are the key.
 * One statement for a batch of rows, each telling whether it created, updated or left unchanged its membership, and
 * for an updated one its values before and after.
 */
public final class MembershipWriter {

	/** The statement, over {@code $rows} (each {@link #row}) and {@code $run}, the import run's id. */
	public static final String STATEMENT = """
			UNWIND $rows AS row
			MATCH (m:Entity {id: row.member}), (n:Entity {id: row.network})
			OPTIONAL MATCH (m)-[old:MEMBER_OF {source: row.source}]->(n)
			WITH row, m, n, old, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN coalesce(old.since, -1) = coalesce(row.since, -1) AND coalesce(old.until, -1) = coalesce(row.until, -1)
			   AND coalesce(old.observed, -1) = coalesce(row.observed, -1) AND coalesce(old.role, '') = coalesce(row.role, '')
			   THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			WITH row, m, n, old, outcome, CASE outcome WHEN 'updated' THEN {at: row.sourceRef,
			       fact: [m.name, row.member, n.name, row.network, row.source],
			       was: {since: old.since, until: old.until, observed: old.observed, role: old.role},
			       now: {since: row.since, until: row.until, observed: row.observed, role: row.role}} END AS change
			CALL (row, m, n, outcome) {
			  WITH row, m, n, outcome WHERE outcome = 'created'
			  CREATE (m)-[:MEMBER_OF {source: row.source, since: row.since, until: row.until, observed: row.observed,
			                          role: row.role, sourceRef: row.sourceRef, importRun: $run}]->(n)
			}
			CALL (row, old, outcome) {
			  WITH row, old, outcome WHERE outcome = 'updated'
			  SET old.since = row.since, old.until = row.until, old.observed = row.observed, old.role = row.role,
			      old.sourceRef = row.sourceRef, old.importRun = $run
			}
			RETURN outcome, count(*) AS n, collect(change) AS changes""";

	/** Writes memberships, for files and mutations alike. */
	public static final FactWriter WRITER = new StatementWriter(STATEMENT, FactKind.MEMBERSHIPS);

	private MembershipWriter() {
	}

	/**
	 * A membership the rules passed, as the statement reads it.
	 * @param at where it was stated: {@code file:line}, or the mutation
	 */
	public static ImportRow row(MembershipStatement membership, MembershipRules.Checked checked, String at) {
		String source = Objects.requireNonNull(membership.source(), "the source passed its rules").strip();
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("member", membership.member());
		parameters.put("network", membership.network());
		parameters.put("since", (checked.since() != null) ? checked.since().year() : null);
		parameters.put("until", (checked.until() != null) ? checked.until().year() : null);
		parameters.put("observed", (checked.observed() != null) ? checked.observed().year() : null);
		parameters.put("role", membership.role());
		parameters.put("source", Sources.id(source));
		parameters.put("sourceRef", at);
		return new ImportRow(parameters, source, membership.sourceUrl());
	}

}
