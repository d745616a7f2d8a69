package org.vinculos.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection over one page of an ordered result that knows its total count.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/** An item and the cursor that points at it. */
	public record Edge<T>(String cursor, T node) {
	}

	/** The page of {@code items} that starts at {@code offset} of {@code total}. */
	public static <T> Connection<T> of(List<T> items, int offset, long total) {
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(Cursors.of(offset + i), items.get(i)));
		}
		return new Connection<>(edges, new PageInfo(offset + edges.size() < total, offset > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()), total);
	}

}
