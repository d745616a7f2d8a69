package org.vinculos.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.vinculos.database.Stored;
import org.vinculos.search.EntityType;

import org.springframework.stereotype.Service;

/**
 * Builds graphs of entities: the neighbourhood of some centres, hop by hop, or every entity and every relationship
 * between entities, for drawing and for exports.
 */
@Service
public class GraphService {

	private final GraphRepository graph;

	GraphService(GraphRepository graph) {
		this.graph = graph;
	}

	/**
	 * The entities within {@code depth} hops of the centres and the relationships among them, at most
	 * {@code maxNodes} entities (then {@code truncated}), with their properties where {@code detail} asks for them.
	 */
	public Graph around(Collection<String> centerIds, int depth, @Nullable List<String> relationshipTypes, int maxNodes,
			GraphDetail detail) {
		Map<String, Graph.Node> nodes = new LinkedHashMap<>();
		Map<String, Graph.Edge> edges = new LinkedHashMap<>();
		for (Map<String, Object> entity : this.graph.entities(centerIds, detail)) {
			add(nodes, entity);
		}
		boolean truncated = nodes.size() > maxNodes;
		Set<String> frontier = new LinkedHashSet<>(nodes.keySet());
		for (int hop = 0; hop < depth && !frontier.isEmpty() && !truncated; hop++) {
			Set<String> next = new LinkedHashSet<>();
			// One more row than fits tells whether the neighbourhood was cut.
			List<Map<String, Object>> rows = this.graph.hop(frontier, relationshipTypes, maxNodes * 4 + 1, detail);
			truncated = rows.size() > maxNodes * 4;
			for (Map<String, Object> row : rows) {
				String id = (String) row.get("id");
				if (!nodes.containsKey(id)) {
					if (nodes.size() >= maxNodes) {
						truncated = true;
						continue;
					}
					add(nodes, row);
					next.add(id);
				}
				edge(edges, row);
			}
			frontier = next;
		}
		return new Graph(List.copyOf(nodes.values()), among(nodes, edges.values()), truncated);
	}

	/**
	 * A drawing as it stands: the entities named and the relationships among them, of the types given and with the
	 * element ids given (either all when null), with every property.
	 */
	public Graph drawing(Collection<String> ids, List<String> relationshipTypes, List<String> edgeIds) {
		Map<String, Graph.Node> nodes = new LinkedHashMap<>();
		this.graph.entities(ids, GraphDetail.ALL).forEach(row -> add(nodes, row));
		Map<String, Graph.Edge> edges = new LinkedHashMap<>();
		this.graph.between(ids, relationshipTypes, edgeIds).forEach(row -> edge(edges, row));
		return new Graph(List.copyOf(nodes.values()), List.copyOf(edges.values()), false);
	}

	/** Every entity and every relationship between two entities. */
	public Graph whole() {
		Map<String, Graph.Node> nodes = new LinkedHashMap<>();
		this.graph.allEntities().forEach(row -> add(nodes, row));
		Map<String, Graph.Edge> edges = new LinkedHashMap<>();
		this.graph.allRelationships().forEach(row -> edge(edges, row));
		return new Graph(List.copyOf(nodes.values()), among(nodes, edges.values()), false);
	}

	private static List<Graph.Edge> among(Map<String, Graph.Node> nodes, Collection<Graph.Edge> edges) {
		List<Graph.Edge> drawn = new ArrayList<>();
		for (Graph.Edge edge : edges) {
			if (nodes.containsKey(edge.source()) && nodes.containsKey(edge.target())) {
				drawn.add(edge);
			}
		}
		return drawn;
	}

	@SuppressWarnings("unchecked")
	static void add(Map<String, Graph.Node> nodes, Map<String, Object> row) {
		Map<String, Object> properties = Stored.nonNull((Map<String, Object>) row.get("properties"));
		EntityType type = EntityType.ofLabels(Stored.nonNull((List<String>) row.get("labels")));
		String id = Stored.nonNull((String) row.get("id"));
		String name = Objects.requireNonNullElse((String) row.get("name"), id);
		nodes.put(id, new Graph.Node(id, name, (type != null) ? type.name() : null, properties));
	}

	@SuppressWarnings("unchecked")
	private static void edge(Map<String, Graph.Edge> edges, Map<String, Object> row) {
		String id = Stored.nonNull((String) row.get("edgeId"));
		edges.putIfAbsent(id, new Graph.Edge(id, Stored.nonNull((String) row.get("source")),
				Stored.nonNull((String) row.get("target")), Stored.nonNull((String) row.get("type")),
				Stored.nonNull((Map<String, Object>) row.get("edgeProperties"))));
	}

}
