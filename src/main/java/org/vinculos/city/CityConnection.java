package org.vinculos.city;

import java.util.ArrayList;
import java.util.List;

import org.vinculos.graphql.Cursors;
import org.vinculos.graphql.PageInfo;

/**
 * A Relay connection over cities; its {@code totalCount} is counted only when a query asks for it.
 */
public record CityConnection(List<Edge> edges, PageInfo pageInfo, CityFilter filter) {

	/** A city and the cursor that points at it. */
	public record Edge(String cursor, City node) {
	}

	static CityConnection of(CityPage page, CityFilter filter) {
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i < page.cities().size(); i++) {
			edges.add(new Edge(Cursors.of(page.offset() + i), page.cities().get(i).city()));
		}
		PageInfo info = new PageInfo(page.hasNext(), page.offset() > 0, edges.isEmpty() ? null : edges.getFirst().cursor(),
				edges.isEmpty() ? null : edges.getLast().cursor());
		return new CityConnection(edges, info, filter);
	}

}
