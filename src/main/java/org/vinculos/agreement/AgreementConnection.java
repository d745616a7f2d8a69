package org.vinculos.agreement;

import java.util.ArrayList;
import java.util.List;

import org.vinculos.graphql.Cursors;
import org.vinculos.graphql.PageInfo;

/**
 * A Relay connection over agreements.
 */
public record AgreementConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

	/** An agreement and the cursor that points at it. */
	public record Edge(String cursor, Agreement node) {
	}

	static AgreementConnection of(List<Agreement> agreements, int offset, long total) {
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i < agreements.size(); i++) {
			edges.add(new Edge(Cursors.of(offset + i), agreements.get(i)));
		}
		return new AgreementConnection(edges, new PageInfo(offset + edges.size() < total, offset > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()), total);
	}

}
