package org.vinculos.graph;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Nodes and edges around some centres, in the shape that Cytoscape.js, D3 and graphology load.
 */
public record Graph(List<Node> nodes, List<Edge> edges, boolean truncated) {

	/** An entity of the graph. */
	public record Node(String id, String label, @Nullable String type, Map<String, Object> properties) {
	}

	/** A relationship between two entities of the graph, with its source among its properties. */
	public record Edge(String id, String source, String target, String type, Map<String, Object> properties) {
	}

}
