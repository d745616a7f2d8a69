package org.vinculos.importer;

import java.util.List;

/**
 * The kinds of file stewards import: their columns and the statement that merges their rows on natural keys,
 * telling for each row whether it created, updated or left unchanged a fact.
 */
enum ImportKind {

	/** Sister-city links: the pair of cities and the source are the key. */
	SISTER_LINKS("sister-links", SisterLinkFile.REQUIRED, SisterLinkFile.OPTIONAL, """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})
			OPTIONAL MATCH (a)-[old:SISTER_CITY {source: row.source}]->(b)
			WITH row, a, b, old, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN coalesce(old.since, -1) = coalesce(row.since, -1) AND coalesce(old.sinceDate, '') = coalesce(row.sinceDate, '')
			   AND coalesce(old.until, -1) = coalesce(row.until, -1) AND coalesce(old.status, '') = coalesce(row.status, '')
			   THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			CALL (row, a, b, outcome) {
			  WITH row, a, b, outcome WHERE outcome = 'created'
			  CREATE (a)-[:SISTER_CITY {source: row.source, since: row.since, sinceDate: row.sinceDate, until: row.until,
			                            status: row.status, sourceRef: row.sourceRef, importRun: $run}]->(b)
			}
			CALL (row, old, outcome) {
			  WITH row, old, outcome WHERE outcome = 'updated'
			  SET old.since = row.since, old.sinceDate = row.sinceDate, old.until = row.until, old.status = row.status,
			      old.sourceRef = row.sourceRef, old.importRun = $run
			}
			RETURN outcome, count(*) AS n"""),

	/** Network memberships: the member, the network and the source are the key. */
	MEMBERSHIPS("memberships", MembershipFile.REQUIRED, MembershipFile.OPTIONAL, """
			UNWIND $rows AS row
			MATCH (m:Entity {id: row.member}), (n:Entity {id: row.network})
			OPTIONAL MATCH (m)-[old:MEMBER_OF {source: row.source}]->(n)
			WITH row, m, n, old, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN coalesce(old.since, -1) = coalesce(row.since, -1) AND coalesce(old.observed, -1) = coalesce(row.observed, -1)
			   AND coalesce(old.role, '') = coalesce(row.role, '') THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			CALL (row, m, n, outcome) {
			  WITH row, m, n, outcome WHERE outcome = 'created'
			  CREATE (m)-[:MEMBER_OF {source: row.source, since: row.since, observed: row.observed, role: row.role,
			                          sourceRef: row.sourceRef, importRun: $run}]->(n)
			}
			CALL (row, old, outcome) {
			  WITH row, old, outcome WHERE outcome = 'updated'
			  SET old.since = row.since, old.observed = row.observed, old.role = row.role, old.sourceRef = row.sourceRef,
			      old.importRun = $run
			}
			RETURN outcome, count(*) AS n""");

	private final String title;

	private final List<String> required;

	private final List<String> optional;

	private final String statement;

	ImportKind(String title, List<String> required, List<String> optional, String statement) {
		this.title = title;
		this.required = required;
		this.optional = optional;
		this.statement = statement;
	}

	/** Its name for {@code --kind} and in reports. */
	String title() {
		return this.title;
	}

	List<String> required() {
		return this.required;
	}

	List<String> optional() {
		return this.optional;
	}

	String statement() {
		return this.statement;
	}

	/** The kind named, or null. */
	static ImportKind named(String title) {
		for (ImportKind kind : values()) {
			if (kind.title.equals(title)) {
				return kind;
			}
		}
		return null;
	}

	/** The kind whose required columns the header has, or null. */
	static ImportKind recognise(List<String> header) {
		for (ImportKind kind : values()) {
			if (header.containsAll(kind.required)) {
				return kind;
			}
		}
		return null;
	}

	/** How a file of this kind starts, for error messages. */
	String describe() {
		return "a " + this.title + " file has the columns " + String.join(",", this.required) + " and optionally "
				+ String.join(",", this.optional);
	}

}
