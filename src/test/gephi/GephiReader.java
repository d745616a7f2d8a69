import java.io.File;
import java.util.Set;
import java.util.TreeSet;

import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens each file named on the command line as Gephi does (its toolkit's importer and default processor, into a
 * workspace of its own) and prints what Gephi made of it, one tab-separated line a file, for {@code ExportIT} to
 * compare with the export: {@code file nodes edges weights dynamic start end datedNodes datedEdges types issues}, where
 * a dated node or edge is one on the timeline. Runs with the toolkit alone on its class path
 * ({@code java -cp gephi-toolkit.jar GephiReader.java FILE...}): it bundles libraries Vínculos uses in other versions.
 */
public class GephiReader {

	public static void main(String[] files) throws Exception {
		ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
		ImportController importer = Lookup.getDefault().lookup(ImportController.class);
		projects.newProject();
		for (String file : files) {
			Workspace workspace = projects.newWorkspace(projects.getCurrentProject());
			Container container = importer.importFile(new File(file));
			if (container == null) {
				System.out.println(file + "\tunreadable");
				continue;
			}
			importer.process(container, new DefaultProcessor(), workspace);
			GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
			boolean dynamic = model.isDynamic();
			double weights = 0;
			int datedEdges = 0;
			for (Edge edge : model.getGraph().getEdges()) {
				weights += edge.getWeight();
				datedEdges += (dynamic && edge.getIntervals().length > 0) ? 1 : 0;
			}
			int datedNodes = 0;
			for (Node node : model.getGraph().getNodes()) {
				datedNodes += (dynamic && node.getIntervals().length > 0) ? 1 : 0;
			}
			Set<String> types = new TreeSet<>();
			for (Object type : model.getEdgeTypeLabels()) {
				if (type != null) {
					types.add(type.toString());
				}
			}
			Set<String> issues = new TreeSet<>();
			for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
				issues.add(issue.getLevel() + ": " + issue.getMessage());
			}
			System.out.println(String.join("\t", file, String.valueOf(model.getGraph().getNodeCount()),
					String.valueOf(model.getGraph().getEdgeCount()), String.valueOf(Math.round(weights)),
					String.valueOf(dynamic), dynamic ? String.valueOf(Math.round(model.getTimeBounds().getLow())) : "",
					dynamic ? String.valueOf(Math.round(model.getTimeBounds().getHigh())) : "", String.valueOf(datedNodes),
					String.valueOf(datedEdges), String.join(",", types),
					String.join(" | ", issues)));
		}
		System.exit(0);
	}

}
