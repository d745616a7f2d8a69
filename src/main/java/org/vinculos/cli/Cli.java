package org.vinculos.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import org.vinculos.VinculosApplication;
import org.vinculos.database.CypherScript;
import org.vinculos.importer.ImportProblem;
import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The stewards' commands of the jar: {@code import}, {@code validate} and {@code cypher}, against the embedded store
 * or the server that {@code NEO4J_URI} names. Exit status 0 on success, 1 when the input is wrong or the database
 * refuses it, 2 on a usage error.
 */
public final class Cli {

	private static final Set<String> COMMANDS = Set.of("import", "validate", "cypher");

	private static final String USAGE = """
			usage: java -jar vinculos.jar import FILE... [--dry-run] [--kind sister-links] [--user NAME]
			       java -jar vinculos.jar validate FILE... [--kind sister-links]
			       java -jar vinculos.jar cypher SCRIPT.cypher...
			Spring properties may follow as --name=value (e.g. --vinculos.data-dir=./data).""";

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Whether the arguments ask for a command rather than the server. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the command and returns the exit status. */
	public int run(String[] args) {
		String command = args[0];
		List<Path> files = new ArrayList<>();
		List<String> springArgs = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
		boolean dryRun = command.equals("validate");
		String kind = null;
		String user = System.getProperty("user.name", "unknown");
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--dry-run") && command.equals("import")) {
				dryRun = true;
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
		if (files.isEmpty()) {
			this.err.println(command + " needs at least one file\n" + USAGE);
			return 2;
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				this.err.println(file + ": no such file");
				return 1;
			}
		}
		SpringApplication application = new SpringApplication(VinculosApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
			return command.equals("cypher") ? cypher(context.getBean(Driver.class), files)
					: importFiles(context.getBean(ImportService.class), files, kind, dryRun, user);
		}
	}

	private int importFiles(ImportService importer, List<Path> files, String kind, boolean dryRun, String user) {
		ImportReport report = importer.importFiles(files, kind, dryRun, user, written -> {
			if (written >= 10_000) {
				this.err.printf("\r%,d rows written", written);
			}
		});
		if (!report.ok()) {
			report.problems().stream().map(ImportProblem::toString).forEach(this.err::println);
			this.err.println(report.problems().size() + " problem(s); nothing was written");
			return 1;
		}
		for (ImportReport.FileReport file : report.files()) {
			this.out.printf("%s: %s, %d rows: %d created, %d updated, %d unchanged%s%n", file.file(), file.kind(), file.rows(),
					file.created(), file.updated(), file.unchanged(),
					dryRun ? " (dry run: nothing written)" : " (import run " + file.runId() + ")");
		}
		return 0;
	}

	private int cypher(Driver driver, List<Path> scripts) {
		for (Path script : scripts) {
			List<CypherScript.Statement> statements;
			try {
				statements = CypherScript.split(Files.readString(script, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				this.err.println(script + ": cannot read: " + ex.getMessage());
				return 1;
			}
			for (int i = 0; i < statements.size(); i++) {
				CypherScript.Statement statement = statements.get(i);
				try {
					var summary = driver.executableQuery(statement.text()).execute().summary().counters();
					this.out.printf("%s:%d: statement %d: %s%n", script.getFileName(), statement.line(), i + 1,
							summary.containsUpdates() || summary.containsSystemUpdates() ? summary.toString() : "ok");
				}
				catch (Neo4jException ex) {
					this.err.printf("%s:%d: statement %d failed: %s%n", script.getFileName(), statement.line(), i + 1,
							ex.getMessage().lines().findFirst().orElse(ex.getMessage()));
					return 1;
				}
			}
		}
		return 0;
	}

}
