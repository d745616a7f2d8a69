package org.vinculos.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.vinculos.csv.CsvFormatException;
import org.vinculos.csv.CsvReader;
import org.vinculos.database.CypherScript;
import org.vinculos.database.ScriptRunner;
import org.vinculos.seed.SeedLoader;

/**
 * {@code cypher SCRIPT.cypher... [--param 'NAME => VALUE']...}: runs a steward's scripts as cypher-shell does, each
 * statement in an auto-commit transaction of its own, so that {@code CALL { ... } IN TRANSACTIONS}, the way to change
 * many facts in batches, works here too. Parameters are set as in cypher-shell, by {@code :param} lines in the scripts
 * and {@code --param} on the command line; those of the command line win, so that a script's {@code :param} is a
 * default its user may override.
 *
 * <p>A script with a CSV file of the same name beside it runs as {@link ScriptRunner} runs the seed's steps, with
 * {@code $seed}, the checksum of the seed the store holds, which their facts carry, and {@code $cities} null (every
 * city), as at start-up.
 */
@Command(name = "cypher", description = "Run Cypher scripts, statement by statement, as cypher-shell does.")
final class CypherCommand extends StewardCommand {

	/** The statement-relative position Neo4j appends to a syntax error, which the script's own position replaces. */
	private static final Pattern POSITION = Pattern.compile(" \\(line \\d+, column \\d+ \\(offset: \\d+\\)\\)$");

	/** A cypher-shell parameter: {@code city => 'inegi:14039'}, the name plain or in backticks. */
	private static final Pattern PARAMETER = Pattern.compile("(?s)(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)\\s*=>\\s*(.+)");

	@Parameters(paramLabel = "SCRIPT", description = "The scripts, run in the order given.")
	List<Path> scripts = new ArrayList<>();

	@Option(names = "--param", paramLabel = "'NAME => VALUE'", description = "A parameter, as cypher-shell takes it; "
			+ "it wins over a script's :param.")
	List<String> parameters = new ArrayList<>();

	// Set by run before anything reads it.
	@SuppressWarnings("NullAway.Init")
	private Cli.Context context;

	@Override
	int run(Cli.Context context) {
		this.context = context;
		if (this.scripts.isEmpty()) {
			return context.usageError("cypher needs at least one file");
		}
		for (Path file : this.scripts) {
			if (!Files.isRegularFile(file)) {
				context.err.println(file + (Files.isDirectory(file) ? ": is a directory; name the files in it" : ": no such file"));
				return 1;
			}
		}
		return context.withApplication(application -> cypher(application.getBean(Driver.class),
				application.getBean(SeedLoader.class).loadedChecksum()));
	}

	private int cypher(Driver driver, String seed) {
		try (Session session = driver.session()) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("seed", seed);
			parameters.put("cities", null);
			Set<String> fixed = new HashSet<>();
			for (String parameter : this.parameters) {
				try {
					Map<String, Object> set = parameter(session, parameter, parameters);
					parameters.putAll(set);
					fixed.addAll(set.keySet());
				}
				catch (IllegalArgumentException | Neo4jException ex) {
					this.context.err.println("--param " + parameter + ": " + Cli.firstLine(ex));
					return 1;
				}
			}
			for (Path script : this.scripts) {
				if (!script(session, script, parameters, fixed)) {
					return 1;
				}
			}
		}
		return 0;
	}

	/** Runs one script; false when it failed, having said why. */
	private boolean script(Session session, Path script, Map<String, Object> parameters, Set<String> fixed) {
		List<CypherScript.Statement> statements;
		try {
			statements = CypherScript.split(Files.readString(script, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			this.context.err.println(script + ": cannot read: " + ex.getMessage());
			return false;
		}
		if (statements.isEmpty()) {
			this.context.out.println(script.getFileName() + ": no statements");
		}
		Path csv = ScriptRunner.rowsBeside(script);
		if (csv != null) {
			String problem = ScriptRunner.oneStatementProblem(script.getFileName().toString(), csv.getFileName().toString(),
					statements.stream().filter(statement -> !statement.command()).count());
			if (problem != null) {
				this.context.err.println(problem);
				return false;
			}
		}
		int n = 0;
		for (CypherScript.Statement statement : statements) {
			if (statement.command()) {
				if (!command(session, script, statement, parameters, fixed)) {
					return false;
				}
				continue;
			}
			n++;
			if (!((csv != null) ? withRows(session, script, statement, csv, parameters)
					: statement(session, script, statement, n, parameters))) {
				return false;
			}
		}
		return true;
	}

	private boolean statement(Session session, Path script, CypherScript.Statement statement, int n,
			Map<String, Object> parameters) {
		try {
			long start = System.nanoTime();
			Result result = session.run(statement.text(), parameters);
			List<String> keys = result.keys();
			List<Record> records = result.list();
			SummaryCounters counters = result.consume().counters();
			String outcome = counters.containsUpdates() || counters.containsSystemUpdates() ? changes(List.of(counters))
					: keys.isEmpty() ? "ok" : ImportFilesCommand.rows(records.size());
			this.context.out.printf("%s:%d: statement %d: %s in %s%n", script.getFileName(), statement.line(), n, outcome,
					took(start));
			if (!keys.isEmpty() && !records.isEmpty()) {
				ResultTable.print(keys, records, this.context.out);
			}
			return true;
		}
		catch (Neo4jException ex) {
			this.context.err.printf("%s:%s: statement %d failed: %s%n", script.getFileName(), where(statement, ex), n,
					POSITION.matcher(Cli.firstLine(ex)).replaceFirst(""));
			return false;
		}
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
			this.context.err.println(csv + ": cannot read: " + ex.getMessage() + "; nothing was written");
			return false;
		}
		CsvFormatException notUtf8 = CsvReader.notUtf8(name, bytes);
		if (notUtf8 != null) {
			this.context.err.println(notUtf8.getMessage() + "; nothing was written");
			return false;
		}
		int[] rows = { 0 };
		List<SummaryCounters> counters;
		long start = System.nanoTime();
		try (CsvReader reader = CsvReader.open(new StringReader(new String(bytes, StandardCharsets.UTF_8)), name)) {
			counters = ScriptRunner.runOnRows(session, statement.text(), reader, parameters, batch -> rows[0] += batch);
		}
		catch (CsvFormatException ex) {
			this.context.err.println(ex.getMessage() + "; " + written(rows[0]));
			return false;
		}
		catch (Neo4jException ex) {
			this.context.err.printf("%s:%s: statement 1 failed: %s; %s%n", script.getFileName(), where(statement, ex),
					POSITION.matcher(Cli.firstLine(ex)).replaceFirst(""), written(rows[0]));
			return false;
		}
		this.context.out.printf("%s:%d: statement 1, run on the %s of %s, %,d at a time: %s in %s%n", script.getFileName(),
				statement.line(), ImportFilesCommand.rows(rows[0]), name, ScriptRunner.BATCH_SIZE,
				counters.stream().anyMatch(SummaryCounters::containsUpdates) ? changes(counters) : "nothing changed",
				took(start));
		return true;
	}

	/** Runs a script's client command; only {@code :param} is one this command knows. */
	private boolean command(Session session, Path script, CypherScript.Statement command, Map<String, Object> parameters,
			Set<String> fixed) {
		String where = script.getFileName() + ":" + command.line() + ":" + command.column() + ": ";
		if (!command.text().startsWith(":param ")) {
			this.context.err.println(where + command.text().split("\\s+")[0] + " is a cypher-shell command this one does not "
					+ "run; it knows :param NAME => VALUE (each statement commits on its own)");
			return false;
		}
		try {
			Map<String, Object> set = parameter(session, command.text().substring(":param ".length()), parameters);
			set.keySet().stream().filter(name -> !fixed.contains(name)).forEach(name -> parameters.put(name, set.get(name)));
			this.context.out.println(script.getFileName() + ":" + command.line() + ": " + String.join(", ", set.keySet().stream()
				.map(name -> "$" + name + (fixed.contains(name) ? " as --param gives it" : " set")).toList()));
			return true;
		}
		catch (IllegalArgumentException | Neo4jException ex) {
			this.context.err.println(where + ":param failed: " + Cli.firstLine(ex));
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

	private static void change(List<String> changes, int n, String one, String many, String verb) {
		if (n > 0) {
			changes.add(String.format(Locale.ROOT, "%,d %s %s", n, (n == 1) ? one : many, verb));
		}
	}

	/** The time since {@code start}, as a steward reads it: {@code 12 ms}, {@code 2.4 s}. */
	private static String took(long start) {
		long millis = (System.nanoTime() - start) / 1_000_000;
		return (millis < 1000) ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/** What the batches committed before a failure wrote. */
	private static String written(int rows) {
		return (rows == 0) ? "nothing was written" : "the " + ImportFilesCommand.rows(rows) + " before it were written";
	}

}
