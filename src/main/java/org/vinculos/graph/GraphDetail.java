package org.vinculos.graph;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * Whether a graph's nodes and edges carry their properties: a client that draws ids and types asks for neither, and
 * the store then reads no property beyond the ids, names and order.
 */
public record GraphDetail(boolean nodeProperties, boolean edgeProperties) {

	/** Everything, for exports. */
	public static final GraphDetail ALL = new GraphDetail(true, true);

	/** Whether the {@code graph} field's selection asks for {@code nodes { properties }} and {@code edges { properties }}. */
	static GraphDetail of(DataFetchingFieldSelectionSet selection) {
		return new GraphDetail(selection.contains("nodes/properties"), selection.contains("edges/properties"));
	}

}
