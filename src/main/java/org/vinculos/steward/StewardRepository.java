package org.vinculos.steward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWrites;
import org.vinculos.provenance.ImportChange;
import org.vinculos.provenance.WriteOutcome;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of stewards' corrections: what exists, and the agreement writes.
 */
@Repository
class StewardRepository {

	private final Neo4jClient neo4j;

	StewardRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Whether any source states that the member belongs to the network. */
	boolean member(String member, String network) {
		return this.neo4j.query("RETURN EXISTS { MATCH (:Entity {id: $member})-[:MEMBER_OF]->(:Entity {id: $network}) } AS member")
			.bindAll(Map.of("member", member, "network", network)).fetchAs(Boolean.class).one().orElse(false);
	}

	/** The sources that state the member's membership of the network, in order. */
	List<String> membershipSources(String member, String network) {
		return List.copyOf(this.neo4j.query("""
				MATCH (:Entity {id: $member})-[m:MEMBER_OF]->(:Entity {id: $network})
				RETURN DISTINCT m.source AS source ORDER BY source""")
			.bindAll(Map.of("member", member, "network", network)).fetchAs(String.class).all());
	}

	/** Deletes the membership as one source states it, and tells what it said, as changes to none. */
	static FactWrites.Change removeMembership(String member, String network, String source, String at) {
		return removed("""
				MATCH (m:Entity {id: $member})-[r:MEMBER_OF {source: $source}]->(n:Entity {id: $network})
				WITH m, n, r, {membership: 'stated', since: r.since, until: r.until, observed: r.observed, role: r.role} AS was
				DELETE r
				RETURN [m.name, m.id, n.name, n.id, $source] AS fact, was""",
				Map.of("member", member, "network", network, "source", source), FactKind.MEMBERSHIPS, at);
	}

	/** Whether any source states a sister-city link between the two. */
	boolean linked(String a, String b) {
		return this.neo4j.query("RETURN EXISTS { MATCH (:Entity {id: $a})-[:SISTER_CITY]-(:Entity {id: $b}) } AS linked")
			.bindAll(Map.of("a", a, "b", b)).fetchAs(Boolean.class).one().orElse(false);
	}

	/** The sources that state a sister-city link between the two, in order. */
	List<String> linkSources(String a, String b) {
		return List.copyOf(this.neo4j.query("""
				MATCH (:Entity {id: $a})-[l:SISTER_CITY]-(:Entity {id: $b}) RETURN l.source ORDER BY l.source""")
			.bindAll(Map.of("a", a, "b", b)).fetchAs(String.class).all());
	}

	/** The run that wrote the link as a source states it last. */
	@Nullable String linkRun(String a, String b, String source) {
		return this.neo4j.query("""
				MATCH (:Entity {id: $a})-[l:SISTER_CITY {source: $source}]-(:Entity {id: $b}) RETURN l.importRun""")
			.bindAll(Map.of("a", a, "b", b, "source", source)).fetchAs(String.class).one().orElse(null);
	}

	/** Deletes the sister-city link as one source states it, and tells what it said, as changes to none. */
	static FactWrites.Change removeSisterLink(String a, String b, String source, String at) {
		return removed("""
				MATCH (:Entity {id: $a})-[l:SISTER_CITY {source: $source}]-(:Entity {id: $b})
				WITH l, startNode(l) AS a, endNode(l) AS b,
				     {link: 'stated', since: l.since, until: l.until, status: l.status} AS was
				DELETE l
				RETURN [a.name, a.id, b.name, b.id, $source] AS fact, was""", Map.of("a", a, "b", b, "source", source),
				FactKind.SISTER_LINKS, at);
	}

	/**
	 * A statement that deletes facts and returns each as {@code fact} (the parts of its name) and {@code was}, as a
	 * steward's change: its changes are the facts' values to none, and the run counts the withdrawn statement as a fact
	 * it updated (or left unchanged, when the statement deleted nothing).
	 */
	private static FactWrites.Change removed(String statement, Map<String, Object> parameters, FactKind kind, String at) {
		return (tx, run, writes) -> {
			List<ImportChange> changes = new ArrayList<>();
			tx.run(statement, parameters).forEachRemaining(r -> changes.addAll(ImportChange.between(at,
					kind.name(r.get("fact").asList()), r.get("was").asMap(), Map.of())));
			writes.changes().addAll(changes);
			writes.count(changes.isEmpty() ? WriteOutcome.UNCHANGED : WriteOutcome.UPDATED, 1);
		};
	}

}
