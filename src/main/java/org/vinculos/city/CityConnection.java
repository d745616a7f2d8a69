package org.vinculos.city;

import java.util.ArrayList;
import java.util.List;

import org.vinculos.graphql.Cursors;
import org.vinculos.graphql.PageInfo;

/**
 * A Relay connection over cities.
 */
public record CityConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

	/** A city and the cursor that points at it. */
	public record Edge(String cursor, City node) {
	}

	static CityConnection of(CityPage page) {
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i < page.cities().size(); i++) {
			edges.add(new Edge(Cursors.of(page.offset() + i), page.cities().get(i)));
		}
		boolean hasNext = page.offset() + edges.size() < page.totalCount();
		PageInfo info = new PageInfo(hasNext, page.offset() > 0, edges.isEmpty() ? null : edges.getFirst().cursor(),
				edges.isEmpty() ? null : edges.getLast().cursor());
		return new CityConnection(edges, info, page.totalCount());
	}

}
