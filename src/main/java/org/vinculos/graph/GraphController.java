package org.vinculos.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import org.vinculos.database.Stored;
import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Cursors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code graph}: the entities within {@code depth} hops of the centres and the relationships among them, cut at
 * {@code limit} nodes (the best-connected and most populous first), saying when it was cut.
 */
@Controller
class GraphController {

	private static final int MAX_DEPTH = 3;

	private static final int MAX_NODES = 2000;

	private static final int MAX_HOPS = 4;

	private static final int MAX_PATHS = 50;

	private final GraphRepository graph;

	private final GraphService neighbourhoods;

	GraphController(GraphRepository graph, GraphService neighbourhoods) {
		this.graph = graph;
		this.neighbourhoods = neighbourhoods;
	}

	@QueryMapping
	Graph graph(@Argument List<String> centerIds, @Argument @Nullable Integer depth,
			@Argument @Nullable List<String> relationshipTypes, @Argument @Nullable Integer limit,
			DataFetchingFieldSelectionSet selection) {
		if (centerIds.isEmpty()) {
			throw new BadRequestException("Argument 'centerIds' must name at least one entity");
		}
		if (depth == null || depth < 0 || depth > MAX_DEPTH) {
			throw new BadRequestException("Argument 'depth' must be between 0 and " + MAX_DEPTH + ", got: " + depth);
		}
		if (relationshipTypes != null && !relationshipTypes.isEmpty()) {
			List<String> known = this.graph.relationshipTypes();
			List<String> unknown = relationshipTypes.stream().filter(type -> !known.contains(type)).toList();
			if (!unknown.isEmpty()) {
				throw new BadRequestException("Argument 'relationshipTypes' names no relationship of the graph: "
						+ String.join(", ", unknown) + "; the graph's are " + String.join(", ", known));
			}
		}
		return this.neighbourhoods.around(centerIds, depth, relationshipTypes, Cursors.pageSize("limit", limit, MAX_NODES),
				GraphDetail.of(selection));
	}

	@SuppressWarnings("unchecked")
	@QueryMapping
	List<Path> connections(@Argument String fromId, @Argument String toId, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer limit) {
		if (maxHops == null || maxHops < 1 || maxHops > MAX_HOPS) {
			throw new BadRequestException("Argument 'maxHops' must be between 1 and " + MAX_HOPS + ", got: " + maxHops);
		}
		if (fromId.equals(toId)) {
			throw new BadRequestException("Arguments 'fromId' and 'toId' are the same entity, " + fromId
					+ "; a connection joins two");
		}
		int paths = Cursors.pageSize("limit", limit, MAX_PATHS);
		List<Path> result = new ArrayList<>();
		for (Map<String, Object> row : this.graph.shortestPaths(fromId, toId, maxHops, paths)) {
			List<Map<String, Object>> pathNodes = Stored.nonNull((List<Map<String, Object>>) row.get("nodes"));
			List<Map<String, Object>> relationships = Stored.nonNull((List<Map<String,
					Object>>) row.get("relationships"));
			List<Path.Hop> hops = new ArrayList<>();
			for (int i = 0; i < relationships.size(); i++) {
				Map<String, Object> relationship = relationships.get(i);
				hops.add(new Path.Hop(node(pathNodes.get(i)), node(pathNodes.get(i + 1)),
						Stored.nonNull((String) relationship.get("type")),
						(String) relationship.get("source"), (String) relationship.get("sourceRef")));
			}
			result.add(new Path(hops.size(), hops));
		}
		return result;
	}

	@QueryMapping
	Graph.@Nullable Node node(@Argument String id) {
		return this.graph.entity(id).stream().findFirst().map(GraphController::node).orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static Graph.Node node(Map<String, Object> row) {
		Map<String, Graph.Node> one = new LinkedHashMap<>();
		Map<String, Object> visible = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
		List.of("seed", "searchText", "names", "sourceRefs").forEach(visible::remove);
		Map<String, Object> entity = new HashMap<>(Map.of("id", row.get("id"), "labels", row.get("labels"), "properties", visible));
		entity.put("name", visible.get("name"));
		GraphService.add(one, entity);
		return one.values().iterator().next();
	}

}
