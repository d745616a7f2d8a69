package org.vinculos.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.vinculos.importer.ImportProblem;
import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;
import org.vinculos.provenance.ImportChange;

/**
 * Imports files of facts, or only checks them: all in one transaction, nothing written when any row is wrong, each
 * problem told as {@code file:line:column}.
 */
abstract class ImportFilesCommand extends StewardCommand {

	@Parameters(paramLabel = "FILE", description = "The CSV files: sister-links, memberships, agreements, diasporas or cities.")
	List<Path> files = new ArrayList<>();

	@Option(names = "--all-changes", description = "Print every changed fact, not only the first "
			+ Cli.CHANGED_FACTS_SHOWN + " of a file.")
	boolean allChanges;

	@Option(names = "--kind", paramLabel = "KIND", description = "The files' kind, when their columns do not tell it.")
	@Nullable String kind;

	@Option(names = "--user", paramLabel = "NAME", description = "Who imports, for the import run (default: the login).")
	String user = System.getProperty("user.name", "unknown");

	abstract boolean dryRun();

	@Override
	int run(Cli.Context context) {
		if (this.files.isEmpty()) {
			return context.usageError(this.spec.name() + " needs at least one file");
		}
		for (Path file : this.files) {
			if (!Files.isRegularFile(file)) {
				context.err.println(file + (Files.isDirectory(file) ? ": is a directory; name the files in it" : ": no such file"));
				return 1;
			}
		}
		return context.withApplication(application -> importFiles(context, application.getBean(ImportService.class)));
	}

	private int importFiles(Cli.Context context, ImportService importer) {
		boolean dry = dryRun();
		int shown = this.allChanges ? Integer.MAX_VALUE : Cli.CHANGED_FACTS_SHOWN;
		ImportReport report;
		long start = System.nanoTime();
		try {
			report = importer.importFiles(this.files, this.kind, dry, this.user, (written, total) -> {
				if (total >= 10_000) {
					int width = 30;
					int done = (int) ((long) width * written / total);
					context.err.printf("\r[%s%s] %,d of %,d rows%s", "#".repeat(done), " ".repeat(width - done), written, total,
							(written == total) ? "\n" : "");
				}
			});
		}
		catch (IllegalStateException | Neo4jException ex) {
			context.err.println("\nthe import failed and nothing was written: " + Cli.firstLine(ex));
			return 1;
		}
		if (!report.ok()) {
			report.problems().stream().map(ImportProblem::toString).forEach(context.err::println);
			context.err.println(report.problems().size() + " problem(s); nothing was written");
			return 1;
		}
		for (ImportReport.FileReport file : report.files()) {
			context.out.printf("%s: %s, %s: %d created, %d updated, %d unchanged%s%n", file.file(), file.kind(),
					rows(file.rows()), file.created(), file.updated(), file.unchanged(),
					dry ? " (dry run: nothing written)" : " (import run " + file.runId() + ")");
			printChanges(context, file, shown, dry);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int rows = report.files().stream().mapToInt(ImportReport.FileReport::rows).sum();
		context.out.printf(Locale.ROOT, "%s %s in %.1f s%s%n", rows(rows), dry ? "checked" : "checked and written", seconds,
				(rows >= 10_000) ? String.format(Locale.ROOT, " (%,.0f rows a second)", rows / seconds) : "");
		return 0;
	}

	/**
	 * What the rows changed in facts that were there before, a line a fact:
	 * {@code links.csv:7: sister link A (id) – B (id), source s: since 1995 → 1996; status (none) → active}. A file that
	 * corrects thousands of facts shows the first {@code shown} and says where the rest are, rather than burying the
	 * counts under pages of lines.
	 */
	private static void printChanges(Cli.Context context, ImportReport.FileReport file, int shown, boolean dryRun) {
		Map<String, List<ImportChange>> byFact = new LinkedHashMap<>();
		file.changes().forEach(change -> byFact.computeIfAbsent(change.at() + ": " + change.fact(),
				fact -> new ArrayList<>()).add(change));
		byFact.entrySet().stream().limit(shown).forEach(fact -> context.out.println("  " + fact.getKey() + ": "
				+ String.join("; ", fact.getValue().stream()
					.map(change -> change.property() + " " + shown(change.was()) + " → " + shown(change.now())).toList())));
		int more = byFact.size() - shown;
		if (more > 0) {
			context.out.printf(Locale.ROOT, "  … and %,d more changed %s: --all-changes prints them all%s%n", more,
					(more == 1) ? "fact" : "facts", dryRun ? ""
							: ", and GraphQL lists them as importRun(id: \"" + file.runId() + "\") { changes { … } }");
		}
	}

	private static String shown(@Nullable String value) {
		return (value != null) ? value : "(none)";
	}

	static String rows(int n) {
		return String.format(Locale.ROOT, "%,d %s", n, (n == 1) ? "row" : "rows");
	}

}
