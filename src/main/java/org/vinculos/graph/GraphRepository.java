package org.vinculos.graph;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Point;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;

import org.springframework.stereotype.Repository;

/**
 * Reads the neighbourhood of entities, one hop at a time.
 */
@Repository
class GraphRepository {

	/** Properties kept out of the drawn graph: bookkeeping, the long name lists and the mirror profile vector. */
	private static final List<String> HIDDEN = List.of("seed", "searchText", "names", "sourceRefs", "profile");

	/**
	 * An entity's id, labels and name, and, when asked for, its visible properties as [name, value] pairs: only those
	 * are read from the store, not the hidden ones (a city's name lists and profile are most of its bytes).
	 */
	private static final String NODE = """
			%1$s.id AS id, labels(%1$s) AS labels, %1$s.name AS name,
			CASE WHEN $nodeProperties THEN [k IN keys(%1$s) WHERE NOT k IN $hidden | [k, %1$s[k]]] END AS properties""";

	private static final String EDGE = """
			elementId(r) AS edgeId, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
			CASE WHEN $edgeProperties THEN [k IN keys(r) WHERE NOT k IN $hidden | [k, r[k]]] END AS edgeProperties""";

	private final Reads reads;

	GraphRepository(Reads reads) {
		this.reads = reads;
	}

	List<Map<String, Object>> entities(Collection<String> ids, GraphDetail detail) {
		return rows("MATCH (n:Entity) WHERE n.id IN $ids RETURN " + NODE.formatted("n"), detail, "ids", ids);
	}

	/** The relationships from the frontier to other entities, at most {@code cap} of them, strongest-connected first. */
	List<Map<String, Object>> hop(Collection<String> frontier, @Nullable List<String> types, int cap,
			GraphDetail detail) {
		return rows("""
				MATCH (n:Entity)-[r]-(m:Entity) WHERE n.id IN $frontier AND ($types IS NULL OR type(r) IN $types)
				WITH r, m ORDER BY coalesce(m.population, 0) DESC, m.id
				LIMIT $cap
				RETURN""" + " " + EDGE + ", " + NODE.formatted("m"), detail, "frontier", frontier, "types", types, "cap", cap);
	}

	/**
	 * The relationships whose both ends are among the entities, of the types given and with the element ids given
	 * (either all when null).
	 */
	List<Map<String, Object>> between(Collection<String> ids, List<String> types, List<String> edgeIds) {
		return rows("""
				MATCH (n:Entity)-[r]->(m:Entity) WHERE n.id IN $ids AND m.id IN $ids
				  AND ($types IS NULL OR type(r) IN $types) AND ($edges IS NULL OR elementId(r) IN $edges)
				RETURN""" + " " + EDGE, GraphDetail.ALL, "ids", ids, "types", types, "edges", edgeIds);
	}

	/** The types of relationship the graph holds, to tell a caller which exist when it names one that does not. */
	List<String> relationshipTypes() {
		return List.copyOf(this.reads.list("""
				CALL db.relationshipTypes() YIELD relationshipType
				RETURN relationshipType ORDER BY relationshipType""", Map.of(), r -> r.get(0).asString()));
	}

	/** Every entity with its labels and visible properties. */
	List<Map<String, Object>> allEntities() {
		return rows("MATCH (n:Entity) RETURN " + NODE.formatted("n"), GraphDetail.ALL);
	}

	/** Every relationship between two entities, once. */
	List<Map<String, Object>> allRelationships() {
		return rows("MATCH (n:Entity)-[r]->(m:Entity) RETURN " + EDGE, GraphDetail.ALL);
	}

	private List<Map<String, Object>> rows(String cypher, GraphDetail detail, @Nullable Object... namesAndValues) {
		Map<String, Object> parameters = CypherParameters.of(namesAndValues);
		parameters.put("hidden", HIDDEN);
		parameters.put("nodeProperties", detail.nodeProperties());
		parameters.put("edgeProperties", detail.edgeProperties());
		return this.reads.rows(cypher, parameters).stream().map(GraphRepository::withVisible).toList();
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
		return this.reads.rows("MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) "
				+ "MATCH p = allShortestPaths((a)-" + pattern + "-(b)) WHERE all(n IN nodes(p) WHERE n:Entity) "
				+ """
				WITH p LIMIT $limit
				RETURN [n IN nodes(p) | {id: n.id, labels: labels(n),
				         properties: {id: n.id, name: n.name, kind: n.kind, country: n.country, population: n.population}}] AS nodes,
				       [r IN relationships(p) | {type: type(r), start: startNode(r).id, source: r.source, sourceRef: r.sourceRef}] AS relationships""",
				parameters);
	}

	/** One entity by id, with its labels and visible properties. */
	List<Map<String, Object>> entity(String id) {
		return entities(List.of(id), GraphDetail.ALL);
	}

	/** The [name, value] pairs of properties as a map, with points and dates as JSON. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withVisible(Map<String, Object> row) {
		Map<String, Object> copy = new HashMap<>(row);
		for (String key : List.of("properties", "edgeProperties")) {
			if (copy.containsKey(key)) {
				Map<String, Object> visible = new HashMap<>();
				if (copy.get(key) instanceof List<?> pairs) {
					for (Object pair : pairs) {
						List<Object> nameAndValue = (List<Object>) pair;
						visible.put((String) nameAndValue.get(0), json(nameAndValue.get(1)));
					}
				}
				copy.put(key, visible);
			}
		}
		return copy;
	}

}
