package org.vinculos.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One way two entities are related: the hops from the first to the second, each with its relationship and source.
 */
public record Path(int length, List<Hop> hops) {

	/** One relationship of a path, read in the path's direction. */
	public record Hop(Graph.Node from, Graph.Node to, String type, @Nullable String source, @Nullable String sourceRef) {
	}

}
