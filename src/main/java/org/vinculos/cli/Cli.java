package org.vinculos.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import picocli.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The stewards' commands of the jar, one class each: {@link ImportCommand import}, {@link ValidateCommand validate},
 * {@link CypherCommand cypher} and {@link ExportCommand export}, against the embedded store or the server that
 * {@code NEO4J_URI} names. Exit status 0 on success, 1 when the input is wrong or the database refuses it, 2 on a usage
 * error. Options are parsed by picocli; Spring properties may follow as {@code --name=value}.
 */
public final class Cli {

	/** The changed facts printed under a file unless {@code --all-changes} asks for every one. */
	public static final int CHANGED_FACTS_SHOWN = 20;

	static final String USAGE = """
			usage: java -jar vinculos.jar import FILE... [--dry-run] [--all-changes] [--kind sister-links|memberships|agreements|diasporas|cities] [--user NAME]
			       java -jar vinculos.jar validate FILE... [--all-changes] [--kind sister-links|memberships|agreements|diasporas|cities]
			       java -jar vinculos.jar cypher SCRIPT.cypher... [--param 'NAME => VALUE']...
			       java -jar vinculos.jar export --format graphml|gexf|cyjs|csv --out FILE [--center ID --depth N]
			Spring properties may follow as --name=value (e.g. --vinculos.data-dir=./data); COMMAND --help tells more.""";

	private final PrintStream out;

	private final PrintStream err;

	private final Class<?> application;

	/**
	 * @param application the Spring Boot application a command starts (without its web server) to reach the database
	 */
	public Cli(PrintStream out, PrintStream err, Class<?> application) {
		this.out = out;
		this.err = err;
		this.application = application;
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
		StewardCommand command = switch (args[0]) {
			case "import" -> new ImportCommand();
			case "validate" -> new ValidateCommand();
			case "cypher" -> new CypherCommand();
			case "export" -> new ExportCommand();
			default -> null;
		};
		if (command == null) {
			this.err.println("unknown command " + args[0] + "\n" + USAGE);
			return 2;
		}
		CommandLine line = new CommandLine(command);
		try {
			line.parseArgs(Arrays.copyOfRange(args, 1, args.length));
		}
		catch (CommandLine.ParameterException ex) {
			this.err.println(ex.getMessage() + "\n" + USAGE);
			return 2;
		}
		if (line.isUsageHelpRequested()) {
			line.usage(this.out);
			return 0;
		}
		List<String> springArgs = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
		for (String arg : command.unmatched) {
			if (arg.startsWith("--") && arg.contains("=")) {
				springArgs.add(arg);
			}
			else {
				this.err.println(command.unmatched(arg) + "\n" + USAGE);
				return 2;
			}
		}
		return command.run(new Context(this.out, this.err, springArgs));
	}

	/** Where a command writes, and how it reaches the application. */
	final class Context {

		final PrintStream out;

		final PrintStream err;

		private final List<String> springArgs;

		private Context(PrintStream out, PrintStream err, List<String> springArgs) {
			this.out = out;
			this.err = err;
			this.springArgs = springArgs;
		}

		/** Starts the application without its web server, runs the work in it, and closes it. */
		int withApplication(ToIntFunction<ConfigurableApplicationContext> work) {
			SpringApplication spring = new SpringApplication(Cli.this.application);
			spring.setWebApplicationType(WebApplicationType.NONE);
			spring.setBannerMode(Banner.Mode.OFF);
			try (ConfigurableApplicationContext context = spring.run(this.springArgs.toArray(String[]::new))) {
				try {
					return work.applyAsInt(context);
				}
				catch (RuntimeException ex) {
					// Every failure a steward can cause is answered by the command; what reaches here is a fault of ours,
					// told in one line rather than a stack trace. An import's transaction has been rolled back by then.
					this.err.println("unexpected error, a fault of Vínculos (please report it with the command): " + ex);
					return 1;
				}
			}
		}

		int usageError(String message) {
			this.err.println(message + "\n" + USAGE);
			return 2;
		}

	}

	/** The first line of an error's message: Neo4j's go on with the statement and a caret. */
	static String firstLine(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		return message.lines().findFirst().orElse(message);
	}

}
