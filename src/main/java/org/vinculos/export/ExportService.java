package org.vinculos.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.vinculos.graph.Graph;
import org.vinculos.graph.GraphService;

import org.springframework.stereotype.Service;

/**
 * Writes the graph, or the neighbourhood of one entity, in an export format.
 */
@Service
public class ExportService {

	/** The most entities a neighbourhood export holds; beyond it the export is cut and says so. */
	public static final int MAX_NODES = 50_000;

	public static final int MAX_DEPTH = 3;

	private final GraphService graphs;

	ExportService(GraphService graphs) {
		this.graphs = graphs;
	}

	/**
	 * Writes every entity and relationship, or, with a centre, the entities within {@code depth} hops of it.
	 * @return whether the neighbourhood was cut at {@link #MAX_NODES}
	 */
	public boolean export(ExportFormat format, String center, int depth, Writer out) throws IOException {
		Graph graph = (center != null) ? this.graphs.around(List.of(center), depth, null, MAX_NODES) : this.graphs.whole();
		format.write(graph, out);
		return graph.truncated();
	}

}
