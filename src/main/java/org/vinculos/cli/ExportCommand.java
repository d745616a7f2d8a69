package org.vinculos.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.vinculos.export.ExportFormat;
import org.vinculos.export.ExportService;
import org.vinculos.export.UnknownEntityException;
import org.vinculos.graph.Graph;

/** {@code export --format F --out FILE [--center ID --depth N]}: the graph, or a place's neighbourhood, as a file. */
@Command(name = "export", description = "Write the graph, or the neighbourhood of one entity, as GraphML, GEXF, "
		+ "Cytoscape.js JSON or CSV.")
final class ExportCommand extends StewardCommand {

	private static final String NEEDS = "export needs --format graphml|gexf|cyjs|csv and --out FILE, and --depth 0 to 3";

	@Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf, cyjs or csv.")
	@Nullable String format;

	@Option(names = "--out", paramLabel = "FILE", description = "The file to write; written whole or not at all.")
	@Nullable String output;

	@Option(names = "--center", paramLabel = "ID", description = "The entity whose neighbourhood is exported.")
	@Nullable String center;

	@Option(names = "--depth", paramLabel = "N", description = "How many steps from the centre, 0 to 3 (default 1).")
	@Nullable String depth;

	@Override
	String unmatched(String arg) {
		return arg.startsWith("-") ? super.unmatched(arg) : NEEDS;
	}

	@Override
	int run(Cli.Context context) {
		ExportFormat chosen = (this.format != null) ? ExportFormat.named(this.format) : null;
		if (chosen == null || this.output == null || (this.depth != null && !this.depth.matches("[0-3]"))) {
			return context.usageError(NEEDS);
		}
		if (this.depth != null && this.center == null) {
			return context.usageError("--depth " + this.depth + " needs --center ID; without a centre the whole graph is exported");
		}
		Path target = Path.of(this.output).toAbsolutePath();
		Path directory = target.getParent();
		if (directory == null || !Files.isDirectory(directory)) {
			context.err.println(this.output + ": cannot write: no such directory " + directory);
			return 1;
		}
		int hops = (this.depth != null) ? Integer.parseInt(this.depth) : 1;
		return context.withApplication(application -> export(context, application.getBean(ExportService.class), chosen,
				target, hops));
	}

	private int export(Cli.Context context, ExportService exports, ExportFormat format, Path output, int depth) {
		Graph graph;
		try {
			graph = exports.graph(this.center, depth);
		}
		catch (UnknownEntityException ex) {
			context.err.println("--center " + this.center + ": " + ex.getMessage() + "; nothing was written");
			return 1;
		}
		// Written beside the target and moved over it whole, so that a failed export leaves no half-written file.
		Path part = output.resolveSibling(output.getFileName() + ".part");
		try {
			try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
				format.write(graph, out);
			}
			Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			context.out.println("wrote " + output + ((this.center != null) ? " (" + this.center + ", depth " + depth + ")" : "")
					+ (graph.truncated() ? "; cut at " + ExportService.MAX_NODES + " entities" : ""));
			return 0;
		}
		catch (IOException ex) {
			deleteQuietly(part);
			context.err.println(output + ": cannot write: " + ex.getMessage());
			return 1;
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// The export failed already; the error printed says so, and a leftover .part file is harmless.
		}
	}

}
