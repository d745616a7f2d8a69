package org.vinculos.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Cursors;
import org.vinculos.search.EntityType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code graph}: the entities within {@code depth} hops of the centres and the relationships among them, cut at
 * {@code limit} nodes (the best-connected and most populous first), saying when it was cut.
 */
@Controller
@Transactional(readOnly = true)
class GraphController {

	private static final int MAX_DEPTH = 3;

	private static final int MAX_NODES = 2000;

	private static final int MAX_HOPS = 4;

	private static final int MAX_PATHS = 50;

	private final GraphRepository graph;

	GraphController(GraphRepository graph) {
		this.graph = graph;
	}

	@QueryMapping
	Graph graph(@Argument List<String> centerIds, @Argument Integer depth, @Argument List<String> relationshipTypes,
			@Argument Integer limit) {
		if (centerIds.isEmpty()) {
			throw new BadRequestException("Argument 'centerIds' must name at least one entity");
		}
		if (depth == null || depth < 0 || depth > MAX_DEPTH) {
			throw new BadRequestException("Argument 'depth' must be between 0 and " + MAX_DEPTH + ", got: " + depth);
		}
		int maxNodes = Cursors.pageSize("limit", limit, MAX_NODES);
		Map<String, Graph.Node> nodes = new LinkedHashMap<>();
		Map<String, Graph.Edge> edges = new LinkedHashMap<>();
		for (Map<String, Object> entity : this.graph.entities(centerIds)) {
			add(nodes, entity);
		}
		boolean truncated = nodes.size() > maxNodes;
		Set<String> frontier = new LinkedHashSet<>(nodes.keySet());
		for (int hop = 0; hop < depth && !frontier.isEmpty() && !truncated; hop++) {
			Set<String> next = new LinkedHashSet<>();
			// One more row than fits tells whether the neighbourhood was cut.
			List<Map<String, Object>> rows = this.graph.hop(frontier, relationshipTypes, maxNodes * 4 + 1);
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
		List<Graph.Edge> drawn = new ArrayList<>();
		for (Graph.Edge edge : edges.values()) {
			if (nodes.containsKey(edge.source()) && nodes.containsKey(edge.target())) {
				drawn.add(edge);
			}
		}
		return new Graph(List.copyOf(nodes.values()), drawn, truncated);
	}

	@SuppressWarnings("unchecked")
	@QueryMapping
	List<Path> connections(@Argument String fromId, @Argument String toId, @Argument Integer maxHops, @Argument Integer limit) {
		if (maxHops == null || maxHops < 1 || maxHops > MAX_HOPS) {
			throw new BadRequestException("Argument 'maxHops' must be between 1 and " + MAX_HOPS + ", got: " + maxHops);
		}
		int paths = Cursors.pageSize("limit", limit, MAX_PATHS);
		List<Path> result = new ArrayList<>();
		for (Map<String, Object> row : this.graph.shortestPaths(fromId, toId, maxHops, paths)) {
			List<Map<String, Object>> pathNodes = (List<Map<String, Object>>) row.get("nodes");
			List<Map<String, Object>> relationships = (List<Map<String, Object>>) row.get("relationships");
			List<Path.Hop> hops = new ArrayList<>();
			for (int i = 0; i < relationships.size(); i++) {
				Map<String, Object> relationship = relationships.get(i);
				hops.add(new Path.Hop(node(pathNodes.get(i)), node(pathNodes.get(i + 1)), (String) relationship.get("type"),
						(String) relationship.get("source"), (String) relationship.get("sourceRef")));
			}
			result.add(new Path(hops.size(), hops));
		}
		return result;
	}

	@QueryMapping
	Graph.Node node(@Argument String id) {
		return this.graph.entity(id).stream().findFirst().map(GraphController::node).orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static Graph.Node node(Map<String, Object> row) {
		Map<String, Graph.Node> one = new LinkedHashMap<>();
		Map<String, Object> visible = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
		List.of("seed", "searchText", "names", "sourceRefs").forEach(visible::remove);
		add(one, Map.of("id", row.get("id"), "labels", row.get("labels"), "properties", visible));
		return one.values().iterator().next();
	}

	@SuppressWarnings("unchecked")
	private static void add(Map<String, Graph.Node> nodes, Map<String, Object> row) {
		Map<String, Object> properties = (Map<String, Object>) row.get("properties");
		EntityType type = EntityType.ofLabels((List<String>) row.get("labels"));
		String name = (String) properties.getOrDefault("name", row.get("id"));
		nodes.put((String) row.get("id"), new Graph.Node((String) row.get("id"), name, (type != null) ? type.name() : null,
				properties));
	}

	@SuppressWarnings("unchecked")
	private static void edge(Map<String, Graph.Edge> edges, Map<String, Object> row) {
		String id = (String) row.get("edgeId");
		edges.putIfAbsent(id, new Graph.Edge(id, (String) row.get("source"), (String) row.get("target"),
				(String) row.get("type"), (Map<String, Object>) row.get("edgeProperties")));
	}

}
