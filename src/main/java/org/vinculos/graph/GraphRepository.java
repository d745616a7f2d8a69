package org.vinculos.graph;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Point;

import org.vinculos.database.CypherParameters;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the neighbourhood of entities, one hop at a time.
 */
@Repository
class GraphRepository {

	/** Properties kept out of the drawn graph: bookkeeping and the long name lists. */
	private static final List<String> HIDDEN = List.of("seed", "searchText", "names", "sourceRefs");

	private final Neo4jClient neo4j;

	GraphRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Map<String, Object>> entities(Collection<String> ids) {
		return this.neo4j.query("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties""")
			.bind(ids).to("ids")
			.fetch().all().stream().map(GraphRepository::withoutHidden).toList();
	}

	/** The relationships from the frontier to other entities, at most {@code cap} of them, strongest-connected first. */
	List<Map<String, Object>> hop(Collection<String> frontier, List<String> types, int cap) {
		Map<String, Object> parameters = CypherParameters.of("frontier", frontier, "types", types, "cap", cap);
		return this.neo4j.query("""
				MATCH (n:Entity)-[r]-(m:Entity) WHERE n.id IN $frontier AND ($types IS NULL OR type(r) IN $types)
				WITH r, m ORDER BY coalesce(m.population, 0) DESC, m.id
				LIMIT $cap
				RETURN elementId(r) AS edgeId, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
				       properties(r) AS edgeProperties, m.id AS id, labels(m) AS labels, properties(m) AS properties""")
			.bindAll(parameters)
			.fetch().all().stream().map(GraphRepository::withoutHidden).toList();
	}

	/** The types of relationship the graph holds, to tell a caller which exist when it names one that does not. */
	List<String> relationshipTypes() {
		return List.copyOf(this.neo4j.query("""
				CALL db.relationshipTypes() YIELD relationshipType
				RETURN relationshipType ORDER BY relationshipType""").fetchAs(String.class).all());
	}

	/** Every entity with its labels and visible properties. */
	List<Map<String, Object>> allEntities() {
		return this.neo4j.query("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties")
			.fetch().all().stream().map(GraphRepository::withoutHidden).toList();
	}

	/** Every relationship between two entities, once. */
	List<Map<String, Object>> allRelationships() {
		return this.neo4j.query("""
				MATCH (n:Entity)-[r]->(m:Entity)
				RETURN elementId(r) AS edgeId, type(r) AS type, n.id AS source, m.id AS target, properties(r) AS edgeProperties""")
			.fetch().all().stream().map(GraphRepository::withoutHidden).toList();
	}

	/** Points and dates as JSON: {lat, lon} and ISO 8601 text. */
	private static Object json(Object value) {
		if (value instanceof Point point) {
			return Map.of("lat", point.y(), "lon", point.x());
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		return value;
	}

	/**
	 * The shortest paths between two entities through entities only, at most {@code maxHops} long (1 to 4).
	 * Variable-length bounds cannot be parameters in Cypher, so each bound has its own query text.
	 */
	List<Map<String, Object>> shortestPaths(String from, String to, int maxHops, int limit) {
		String pattern = switch (maxHops) {
			case 1 -> "[*..1]";
			case 2 -> "[*..2]";
			case 3 -> "[*..3]";
			default -> "[*..4]";
		};
		Map<String, Object> parameters = CypherParameters.of("from", from, "to", to, "limit", limit);
		return this.neo4j.query("MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) "
				+ "MATCH p = allShortestPaths((a)-" + pattern + "-(b)) WHERE all(n IN nodes(p) WHERE n:Entity) "
				+ """
				WITH p LIMIT $limit
				RETURN [n IN nodes(p) | {id: n.id, labels: labels(n),
				         properties: {id: n.id, name: n.name, kind: n.kind, country: n.country, population: n.population}}] AS nodes,
				       [r IN relationships(p) | {type: type(r), start: startNode(r).id, source: r.source, sourceRef: r.sourceRef}] AS relationships""")
			.bindAll(parameters)
			.fetch().all().stream().toList();
	}

	/** One entity by id, with its labels and visible properties. */
	List<Map<String, Object>> entity(String id) {
		return entities(List.of(id));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withoutHidden(Map<String, Object> row) {
		Map<String, Object> copy = new HashMap<>(row);
		for (String key : List.of("properties", "edgeProperties")) {
			if (copy.get(key) instanceof Map<?, ?> properties) {
				Map<String, Object> visible = new HashMap<>();
				((Map<String, Object>) properties).forEach((name, value) -> {
					if (!HIDDEN.contains(name)) {
						visible.put(name, json(value));
					}
				});
				copy.put(key, visible);
			}
		}
		return copy;
	}

}
