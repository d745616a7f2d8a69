package org.vinculos.steward;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Transaction;

import org.vinculos.provenance.ImportChange;

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

	/** The labels and country of each entity that exists, by id. */
	Map<String, Entity> entities(Collection<String> ids) {
		Map<String, Entity> found = new HashMap<>();
		this.neo4j.query("""
				MATCH (e:Entity) WHERE e.id IN $ids
				RETURN e.id AS id, labels(e) AS labels, coalesce(e.country, CASE WHEN e:Country THEN e.id END) AS country""")
			.bind(ids).to("ids").fetch().all()
			.forEach(row -> found.put((String) row.get("id"), new Entity(castList(row.get("labels")), (String) row.get("country"))));
		return found;
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
	static List<ImportChange> removeMembership(Transaction tx, String member, String network, String source, String at) {
		return removed(tx, """
				MATCH (m:Entity {id: $member})-[r:MEMBER_OF {source: $source}]->(n:Entity {id: $network})
				WITH m, n, r, {membership: 'stated', since: r.since, until: r.until, observed: r.observed, role: r.role} AS was
				DELETE r
				RETURN 'membership of ' + m.name + ' (' + m.id + ') in ' + n.name + ' (' + n.id + '), source ' + $source AS fact,
				       was""", Map.of("member", member, "network", network, "source", source), at);
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
	String linkRun(String a, String b, String source) {
		return this.neo4j.query("""
				MATCH (:Entity {id: $a})-[l:SISTER_CITY {source: $source}]-(:Entity {id: $b}) RETURN l.importRun""")
			.bindAll(Map.of("a", a, "b", b, "source", source)).fetchAs(String.class).one().orElse(null);
	}

	/** Deletes the sister-city link as one source states it, and tells what it said, as changes to none. */
	static List<ImportChange> removeSisterLink(Transaction tx, String a, String b, String source, String at) {
		return removed(tx, """
				MATCH (:Entity {id: $a})-[l:SISTER_CITY {source: $source}]-(:Entity {id: $b})
				WITH l, startNode(l) AS a, endNode(l) AS b,
				     {link: 'stated', since: l.since, until: l.until, status: l.status} AS was
				DELETE l
				RETURN 'sister link ' + a.name + ' (' + a.id + ') – ' + b.name + ' (' + b.id + '), source ' + $source AS fact,
				       was""", Map.of("a", a, "b", b, "source", source), at);
	}

	/** Runs a statement that deletes facts and returns each as {@code fact} and {@code was}: its changes to none. */
	private static List<ImportChange> removed(Transaction tx, String statement, Map<String, Object> parameters,
			String at) {
		List<ImportChange> changes = new ArrayList<>();
		tx.run(statement, parameters).forEachRemaining(r -> changes.addAll(ImportChange.between(at,
				r.get("fact").asString(), r.get("was").asMap(), Map.of())));
		return changes;
	}

	/** An entity's labels and country. */
	record Entity(List<String> labels, String country) {
	}

	Map<String, String> topicsByName() {
		Map<String, String> byName = new HashMap<>();
		this.neo4j.query("MATCH (t:Topic) RETURN t.id AS id, [t.id, t.name, t.nameEs] AS names").fetch().all()
			.forEach(row -> castList(row.get("names")).forEach(name -> byName.put(name.toLowerCase(Locale.ROOT),
					(String) row.get("id"))));
		return byName;
	}

	private static List<String> castList(Object value) {
		return (List<String>) value;
	}

}
