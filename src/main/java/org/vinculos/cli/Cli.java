package org.vinculos.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;

import org.vinculos.VinculosApplication;
import org.vinculos.csv.CsvFormatException;
import org.vinculos.csv.CsvReader;
import org.vinculos.database.CypherScript;
import org.vinculos.export.ExportFormat;
import org.vinculos.export.ExportService;
import org.vinculos.export.UnknownEntityException;
import org.vinculos.graph.Graph;
import org.vinculos.importer.ImportChange;
import org.vinculos.importer.ImportProblem;
import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;
import org.vinculos.seed.SeedLoader;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The stewards' commands of the jar: {@code import}, {@code validate}, {@code cypher} and {@code export}, against the
 * embedded store or the server that {@code NEO4J_URI} names. Exit status 0 on success, 1 when the input is wrong or
 * the database refuses it, 2 on a usage error.
 */
public final class Cli {

	private static final Set<String> COMMANDS = Set.of("import", "validate", "cypher", "export");

	/** The statement-relative position Neo4j appends to a syntax error, which the script's own position replaces. */
	private static final Pattern POSITION = Pattern.compile(" \\(line \\d+, column \\d+ \\(offset: \\d+\\)\\)$");

	/** A cypher-shell parameter: {@code city => 'inegi:14039'}, the name plain or in backticks. */
	private static final Pattern PARAMETER = Pattern.compile("(?s)(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)\\s*=>\\s*(.+)");

	/** The changed facts printed under a file unless {@code --all-changes} asks for every one. */
	public static final int CHANGED_FACTS_SHOWN = 20;

	private static final String USAGE = """
			usage: java -jar vinculos.jar import FILE... [--dry-run] [--all-changes] [--kind sister-links|memberships|agreements|diasporas|cities] [--user NAME]
			       java -jar vinculos.jar validate FILE... [--all-changes] [--kind sister-links|memberships|agreements|diasporas|cities]
			       java -jar vinculos.jar cypher SCRIPT.cypher... [--param 'NAME => VALUE']...
			       java -jar vinculos.jar export --format graphml|gexf|cyjs|csv --out FILE [--center ID --depth N]
			Spring properties may follow as --name=value (e.g. --vinculos.data-dir=./data).""";

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Whether the arguments ask for a command rather than the server: any first word does, so that a mistyped command
	 * is told so instead of starting a server.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/** Runs the command and returns the exit status. */
	public int run(String[] args) {
		String command = args[0];
		if (!COMMANDS.contains(command)) {
			this.err.println("unknown command " + command + "\n" + USAGE);
			return 2;
		}
		List<Path> files = new ArrayList<>();
		List<String> springArgs = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
		boolean dryRun = command.equals("validate");
		boolean allChanges = false;
		String kind = null;
		String user = System.getProperty("user.name", "unknown");
		String format = null;
		String output = null;
		String center = null;
		String depth = null;
		List<String> parameters = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (command.equals("export") && List.of("--format", "--out", "--center", "--depth").contains(arg) && i + 1 < args.length) {
				String value = args[++i];
				switch (arg) {
					case "--format" -> format = value;
					case "--out" -> output = value;
					case "--center" -> center = value;
					default -> depth = value;
				}
			}
			else if (arg.equals("--param") && command.equals("cypher") && i + 1 < args.length) {
				parameters.add(args[++i]);
			}
			else if (arg.equals("--dry-run") && command.equals("import")) {
				dryRun = true;
			}
			else if (arg.equals("--all-changes") && (command.equals("import") || command.equals("validate"))) {
				allChanges = true;
			}
			else if ((arg.equals("--kind") || arg.equals("--user")) && i + 1 < args.length && !command.equals("cypher")) {
				if (arg.equals("--kind")) {
					kind = args[++i];
				}
				else {
					user = args[++i];
				}
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				springArgs.add(arg);
			}
			else if (arg.startsWith("--")) {
				this.err.println("unknown option " + arg + "\n" + USAGE);
				return 2;
			}
			else {
				files.add(Path.of(arg));
			}
		}
		if (command.equals("export")) {
			ExportFormat chosen = (format != null) ? ExportFormat.named(format) : null;
			if (chosen == null || output == null || (depth != null && !depth.matches("[0-3]")) || !files.isEmpty()) {
				this.err.println("export needs --format graphml|gexf|cyjs|csv and --out FILE, and --depth 0 to 3\n" + USAGE);
				return 2;
			}
			if (depth != null && center == null) {
				this.err.println("--depth " + depth + " needs --center ID; without a centre the whole graph is exported\n" + USAGE);
				return 2;
			}
			Path target = Path.of(output).toAbsolutePath();
			if (!Files.isDirectory(target.getParent())) {
				this.err.println(output + ": cannot write: no such directory " + target.getParent());
				return 1;
			}
			String centre = center;
			int hops = (depth != null) ? Integer.parseInt(depth) : 1;
			return withContext(springArgs, context -> export(context.getBean(ExportService.class), chosen, target, centre,
					hops));
		}
		if (files.isEmpty()) {
			this.err.println(command + " needs at least one file\n" + USAGE);
			return 2;
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				this.err.println(file + (Files.isDirectory(file) ? ": is a directory; name the files in it" : ": no such file"));
				return 1;
			}
		}
		String chosenKind = kind;
		boolean dry = dryRun;
		int shown = allChanges ? Integer.MAX_VALUE : CHANGED_FACTS_SHOWN;
		String by = user;
		return withContext(springArgs, context -> command.equals("cypher")
				? cypher(context.getBean(Driver.class), context.getBean(SeedLoader.class).loadedChecksum(), files, parameters)
				: importFiles(context.getBean(ImportService.class), files, chosenKind, dry, shown, by));
	}

	private int withContext(List<String> springArgs, ToIntFunction<ConfigurableApplicationContext> command) {
		SpringApplication application = new SpringApplication(VinculosApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
			try {
				return command.applyAsInt(context);
			}
			catch (RuntimeException ex) {
				// Every failure a steward can cause is answered above; what reaches here is a fault of ours, told in
				// one line rather than a stack trace. An import's transaction has been rolled back by then.
				this.err.println("unexpected error, a fault of Vínculos (please report it with the command): " + ex);
				return 1;
			}
		}
	}

	private int export(ExportService exports, ExportFormat format, Path output, String center, int depth) {
		Graph graph;
		try {
			graph = exports.graph(center, depth);
		}
		catch (UnknownEntityException ex) {
			this.err.println("--center " + center + ": " + ex.getMessage() + "; nothing was written");
			return 1;
		}
		// Written beside the target and moved over it whole, so that a failed export leaves no half-written file.
		Path part = output.resolveSibling(output.getFileName() + ".part");
		try {
			try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
				format.write(graph, out);
			}
			Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			this.out.println("wrote " + output + ((center != null) ? " (" + center + ", depth " + depth + ")" : "")
					+ (graph.truncated() ? "; cut at " + ExportService.MAX_NODES + " entities" : ""));
			return 0;
		}
		catch (IOException ex) {
			deleteQuietly(part);
			this.err.println(output + ": cannot write: " + ex.getMessage());
			return 1;
		}
	}

	private int importFiles(ImportService importer, List<Path> files, String kind, boolean dryRun, int shown,
			String user) {
		ImportReport report;
		long start = System.nanoTime();
		try {
			report = importer.importFiles(files, kind, dryRun, user, (written, total) -> {
				if (total >= 10_000) {
					int width = 30;
					int done = (int) ((long) width * written / total);
					this.err.printf("\r[%s%s] %,d of %,d rows%s", "#".repeat(done), " ".repeat(width - done), written, total,
							(written == total) ? "\n" : "");
				}
			});
		}
		catch (IllegalStateException | Neo4jException ex) {
			this.err.println("\nthe import failed and nothing was written: " + firstLine(ex));
			return 1;
		}
		if (!report.ok()) {
			report.problems().stream().map(ImportProblem::toString).forEach(this.err::println);
			this.err.println(report.problems().size() + " problem(s); nothing was written");
			return 1;
		}
		for (ImportReport.FileReport file : report.files()) {
			this.out.printf("%s: %s, %s: %d created, %d updated, %d unchanged%s%n", file.file(), file.kind(), rows(file.rows()),
					file.created(), file.updated(), file.unchanged(),
					dryRun ? " (dry run: nothing written)" : " (import run " + file.runId() + ")");
			printChanges(file, shown, dryRun);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int rows = report.files().stream().mapToInt(ImportReport.FileReport::rows).sum();
		this.out.printf(Locale.ROOT, "%s %s in %.1f s%s%n", rows(rows), dryRun ? "checked" : "checked and written", seconds,
				(rows >= 10_000) ? String.format(Locale.ROOT, " (%,.0f rows a second)", rows / seconds) : "");
		return 0;
	}

	/**
	 * What the rows changed in facts that were there before, a line a fact:
	 * {@code links.csv:7: sister link A (id) – B (id), source s: since 1995 → 1996; status (none) → active}. A file that
	 * corrects thousands of facts shows the first {@code shown} and says where the rest are, rather than burying the
	 * counts under pages of lines.
	 */
	private void printChanges(ImportReport.FileReport file, int shown, boolean dryRun) {
		Map<String, List<ImportChange>> byFact = new LinkedHashMap<>();
		file.changes().forEach(change -> byFact.computeIfAbsent(change.at() + ": " + change.fact(),
				fact -> new ArrayList<>()).add(change));
		byFact.entrySet().stream().limit(shown).forEach(fact -> this.out.println("  " + fact.getKey() + ": "
				+ String.join("; ", fact.getValue().stream()
					.map(change -> change.property() + " " + shown(change.was()) + " → " + shown(change.now())).toList())));
		int more = byFact.size() - shown;
		if (more > 0) {
			this.out.printf(Locale.ROOT, "  … and %,d more changed %s: --all-changes prints them all%s%n", more,
					(more == 1) ? "fact" : "facts", dryRun ? ""
							: ", and GraphQL lists them as importRun(id: \"" + file.runId() + "\") { changes { … } }");
		}
	}

	private static String shown(String value) {
		return (value != null) ? value : "(none)";
	}

	/**
	 * Where in its script Neo4j found a statement wrong ({@code 3:15}), or the line the statement starts on when Neo4j
	 * names no position.
	 */
	private static String where(CypherScript.Statement statement, Neo4jException ex) {
		for (Throwable cause = ex; cause instanceof Neo4jException error; cause = error.getCause()) {
			Value position = error.diagnosticRecord().get("_position");
			if (position != null && position.containsKey("line") && position.containsKey("column")) {
				return statement.position(position.get("line").asInt(), position.get("column").asInt());
			}
		}
		return String.valueOf(statement.line());
	}

	/** What a statement changed, in all its batches, as cypher-shell says it: "2 nodes created, 4 properties set". */
	private static String changes(List<SummaryCounters> all) {
		List<String> changes = new ArrayList<>();
		ToIntFunction<ToIntFunction<SummaryCounters>> sum = counter -> all.stream().mapToInt(counter).sum();
		change(changes, sum.applyAsInt(SummaryCounters::nodesCreated), "node", "nodes", "created");
		change(changes, sum.applyAsInt(SummaryCounters::nodesDeleted), "node", "nodes", "deleted");
		change(changes, sum.applyAsInt(SummaryCounters::relationshipsCreated), "relationship", "relationships", "created");
		change(changes, sum.applyAsInt(SummaryCounters::relationshipsDeleted), "relationship", "relationships", "deleted");
		change(changes, sum.applyAsInt(SummaryCounters::propertiesSet), "property", "properties", "set");
		change(changes, sum.applyAsInt(SummaryCounters::labelsAdded), "label", "labels", "added");
		change(changes, sum.applyAsInt(SummaryCounters::labelsRemoved), "label", "labels", "removed");
		change(changes, sum.applyAsInt(SummaryCounters::indexesAdded), "index", "indexes", "added");
		change(changes, sum.applyAsInt(SummaryCounters::indexesRemoved), "index", "indexes", "removed");
		change(changes, sum.applyAsInt(SummaryCounters::constraintsAdded), "constraint", "constraints", "added");
		change(changes, sum.applyAsInt(SummaryCounters::constraintsRemoved), "constraint", "constraints", "removed");
		change(changes, sum.applyAsInt(SummaryCounters::systemUpdates), "system update", "system updates", "made");
		return String.join(", ", changes);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// The export failed already; the error printed says so, and a leftover .part file is harmless.
		}
	}

	private static void change(List<String> changes, int n, String one, String many, String verb) {
		if (n > 0) {
			changes.add(String.format(Locale.ROOT, "%,d %s %s", n, (n == 1) ? one : many, verb));
		}
	}

	private static String rows(int n) {
		return String.format(Locale.ROOT, "%,d %s", n, (n == 1) ? "row" : "rows");
	}

	/**
	 * Runs each statement in an auto-commit transaction of its own, as cypher-shell does, so that
	 * {@code CALL { ... } IN TRANSACTIONS}, the way to change many facts in batches, works here too. Parameters are set
	 * as in cypher-shell, by {@code :param} lines in the scripts and {@code --param} on the command line; those of the
	 * command line win, so that a script's {@code :param} is a default its user may override.
	 *
	 * <p>A script with a CSV file of the same name beside it holds one statement, which runs once for every
	 * {@value SeedLoader#BATCH_SIZE} rows of the file, given as {@code $rows}: the seed's steps run so, and with
	 * {@code $seed}, the checksum of the seed the store holds, which their facts carry, and {@code $cities} null (every
	 * city), as at start-up.
	 */
	private int cypher(Driver driver, String seed, List<Path> scripts, List<String> given) {
		try (Session session = driver.session()) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("seed", seed);
			parameters.put("cities", null);
			Set<String> fixed = new HashSet<>();
			for (String parameter : given) {
				try {
					Map<String, Object> set = parameter(session, parameter, parameters);
					parameters.putAll(set);
					fixed.addAll(set.keySet());
				}
				catch (IllegalArgumentException | Neo4jException ex) {
					this.err.println("--param " + parameter + ": " + firstLine(ex));
					return 1;
				}
			}
			for (Path script : scripts) {
				List<CypherScript.Statement> statements;
				try {
					statements = CypherScript.split(Files.readString(script, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					this.err.println(script + ": cannot read: " + ex.getMessage());
					return 1;
				}
				if (statements.isEmpty()) {
					this.out.println(script.getFileName() + ": no statements");
				}
				Path csv = rowsBeside(script);
				long cypherStatements = statements.stream().filter(statement -> !statement.command()).count();
				if (csv != null && cypherStatements != 1) {
					this.err.println(script.getFileName() + ": holds " + cypherStatements + " statements; with " + csv.getFileName()
							+ String.format(Locale.ROOT, " beside it, it must hold one, which runs once for every %,d rows of the file",
									SeedLoader.BATCH_SIZE));
					return 1;
				}
				int n = 0;
				for (CypherScript.Statement statement : statements) {
					if (statement.command()) {
						if (!command(session, script, statement, parameters, fixed)) {
							return 1;
						}
						continue;
					}
					n++;
					if (csv != null) {
						if (!withRows(session, script, statement, csv, parameters)) {
							return 1;
						}
						continue;
					}
					try {
						long start = System.nanoTime();
						Result result = session.run(statement.text(), parameters);
						List<String> keys = result.keys();
						List<Record> records = result.list();
						SummaryCounters counters = result.consume().counters();
						String outcome = counters.containsUpdates() || counters.containsSystemUpdates() ? changes(List.of(counters))
								: keys.isEmpty() ? "ok" : rows(records.size());
						this.out.printf("%s:%d: statement %d: %s in %s%n", script.getFileName(), statement.line(), n, outcome,
								took(start));
						if (!keys.isEmpty() && !records.isEmpty()) {
							ResultTable.print(keys, records, this.out);
						}
					}
					catch (Neo4jException ex) {
						this.err.printf("%s:%s: statement %d failed: %s%n", script.getFileName(), where(statement, ex), n,
								POSITION.matcher(firstLine(ex)).replaceFirst(""));
						return 1;
					}
				}
			}
		}
		return 0;
	}

	/** Runs a statement once for every batch of a CSV file's rows, each batch committed on its own, as the seed's are. */
	private boolean withRows(Session session, Path script, CypherScript.Statement statement, Path csv,
			Map<String, Object> parameters) {
		String name = csv.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(csv);
		}
		catch (IOException ex) {
			this.err.println(csv + ": cannot read: " + ex.getMessage() + "; nothing was written");
			return false;
		}
		CsvFormatException notUtf8 = CsvReader.notUtf8(name, bytes);
		if (notUtf8 != null) {
			this.err.println(notUtf8.getMessage() + "; nothing was written");
			return false;
		}
		List<SummaryCounters> counters = new ArrayList<>();
		int[] rows = { 0 };
		long start = System.nanoTime();
		try (CsvReader reader = CsvReader.open(new StringReader(new String(bytes, StandardCharsets.UTF_8)), name)) {
			SeedLoader.forEachBatch(reader, batch -> {
				Map<String, Object> withRows = new HashMap<>(parameters);
				withRows.put("rows", batch);
				counters.add(session.run(statement.text(), withRows).consume().counters());
				rows[0] += batch.size();
			});
		}
		catch (CsvFormatException ex) {
			this.err.println(ex.getMessage() + "; " + written(rows[0]));
			return false;
		}
		catch (Neo4jException ex) {
			this.err.printf("%s:%s: statement 1 failed: %s; %s%n", script.getFileName(), where(statement, ex),
					POSITION.matcher(firstLine(ex)).replaceFirst(""), written(rows[0]));
			return false;
		}
		this.out.printf("%s:%d: statement 1, run on the %s of %s, %,d at a time: %s in %s%n", script.getFileName(),
				statement.line(), rows(rows[0]), name, SeedLoader.BATCH_SIZE,
				counters.stream().anyMatch(SummaryCounters::containsUpdates) ? changes(counters) : "nothing changed",
				took(start));
		return true;
	}

	/** The time since {@code start}, as a steward reads it: {@code 12 ms}, {@code 2.4 s}. */
	private static String took(long start) {
		long millis = (System.nanoTime() - start) / 1_000_000;
		return (millis < 1000) ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/** What the batches committed before a failure wrote. */
	private static String written(int rows) {
		return (rows == 0) ? "nothing was written" : "the " + rows(rows) + " before it were written";
	}

	/** The CSV file of the same name beside a script, whose rows its statement takes, or null when there is none. */
	private static Path rowsBeside(Path script) {
		String name = script.getFileName().toString();
		if (!name.endsWith(".cypher")) {
			return null;
		}
		Path csv = script.resolveSibling(name.substring(0, name.length() - ".cypher".length()) + ".csv");
		return Files.isRegularFile(csv) ? csv : null;
	}

	/** Runs a script's client command; only {@code :param} is one this command knows. */
	private boolean command(Session session, Path script, CypherScript.Statement command, Map<String, Object> parameters,
			Set<String> fixed) {
		String where = script.getFileName() + ":" + command.line() + ":" + command.column() + ": ";
		if (!command.text().startsWith(":param ")) {
			this.err.println(where + command.text().split("\\s+")[0] + " is a cypher-shell command this one does not run; it "
					+ "knows :param NAME => VALUE (each statement commits on its own)");
			return false;
		}
		try {
			Map<String, Object> set = parameter(session, command.text().substring(":param ".length()), parameters);
			set.keySet().stream().filter(name -> !fixed.contains(name)).forEach(name -> parameters.put(name, set.get(name)));
			this.out.println(script.getFileName() + ":" + command.line() + ": " + String.join(", ", set.keySet().stream()
				.map(name -> "$" + name + (fixed.contains(name) ? " as --param gives it" : " set")).toList()));
			return true;
		}
		catch (IllegalArgumentException | Neo4jException ex) {
			this.err.println(where + ":param failed: " + firstLine(ex));
			return false;
		}
	}

	/**
	 * The parameters that {@code NAME => VALUE} or {@code {NAME: VALUE, ...}} sets, as cypher-shell takes them, each
	 * value a Cypher expression that may use the parameters set before it. The expression is the steward's own Cypher,
	 * like every statement of the scripts, and Neo4j evaluates it.
	 */
	private static Map<String, Object> parameter(Session session, String text, Map<String, Object> parameters) {
		Matcher named = PARAMETER.matcher(text.strip());
		if (named.matches()) {
			Map<String, Object> set = new HashMap<>();
			set.put((named.group(1) != null) ? named.group(1) : named.group(2), value(session, named.group(3), parameters)
				.asObject());
			return set;
		}
		if (text.strip().startsWith("{")) {
			return value(session, text, parameters).asMap();
		}
		throw new IllegalArgumentException("a parameter is given as NAME => VALUE or {NAME: VALUE, ...}, got: " + text);
	}

	/** What Neo4j makes of an expression; a line break ends a comment that the expression's line may end with. */
	private static Value value(Session session, String expression, Map<String, Object> parameters) {
		return session.run("RETURN (" + expression.strip() + "\n) AS value", parameters).single().get("value");
	}

	private static String firstLine(Exception ex) {
		return ex.getMessage().lines().findFirst().orElse(ex.getMessage());
	}

}
