package org.vinculos.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.vinculos.VinculosApplication;
import org.vinculos.cli.Cli;
import org.vinculos.database.EmbeddedNeo4j;

/** Runs a command of the jar's command line against the shared test database, capturing what it prints. */
public final class CommandLine {

	private CommandLine() {
	}

	/** The command's exit status and its standard output and error. */
	public record Result(int status, String out, String err) {
	}

	public static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--spring.neo4j.uri=" + SharedTestDatabase.boltUri();
		all[args.length + 1] = "--spring.neo4j.authentication.username=" + EmbeddedNeo4j.USER;
		all[args.length + 2] = "--spring.neo4j.authentication.password=" + SharedTestDatabase.password();
		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				VinculosApplication.class)
			.run(all);
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
