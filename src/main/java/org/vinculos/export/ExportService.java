package org.vinculos.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.graph.Graph;
import org.vinculos.graph.GraphDetail;
import org.vinculos.graph.GraphService;

import org.springframework.stereotype.Service;

/**
 * Finds what an export holds: the whole graph, or the neighbourhood of one entity.
 */
@Service
public class ExportService {

	/** The most entities a neighbourhood export holds; beyond it the export is cut and says so. */
	public static final int MAX_NODES = 50_000;

	/** The most entities a drawing export names; a drawing is meant for the eye, not a bulk export. */
	public static final int MAX_DRAWN = 5_000;

	/** The most hops a neighbourhood export reaches. */
	public static final int MAX_DEPTH = 3;

	private final GraphService graphs;

	ExportService(GraphService graphs) {
		this.graphs = graphs;
	}

	/**
	 * Every entity and relationship, or, with a centre, the entities within {@code depth} hops of it, at most
	 * {@link #MAX_NODES} (then the graph says it was cut).
	 * @throws UnknownEntityException when no entity has the centre's id, before anything is written
	 */
	public Graph graph(@Nullable String center, int depth) {
		if (center == null) {
			return this.graphs.whole();
		}
		Graph graph = this.graphs.around(List.of(center), depth, null, MAX_NODES, GraphDetail.ALL);
		if (graph.nodes().stream().noneMatch(node -> node.id().equals(center))) {
			throw new UnknownEntityException(center);
		}
		return graph;
	}

	/**
	 * A drawing exactly as a client holds it: the entities it names and the relationships among them of the types it
	 * shows and with the element ids it shows (either all when null).
	 * @throws UnknownEntityException when an id names no entity, before anything is written
	 */
	public Graph drawing(List<String> ids, List<String> relationshipTypes, List<String> edgeIds) {
		Graph graph = this.graphs.drawing(ids, relationshipTypes, edgeIds);
		Set<String> found = graph.nodes().stream().map(Graph.Node::id).collect(Collectors.toSet());
		ids.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
			throw new UnknownEntityException(id);
		});
		return graph;
	}

}
