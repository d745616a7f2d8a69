package org.vinculos.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * What every command shares: {@code --help}, and the arguments none of its options take, which are Spring properties
 * ({@code --name=value}) or a mistake.
 */
abstract class StewardCommand {

	@Option(names = "--help", usageHelp = true, description = "Print this help and exit.")
	boolean help;

	@Unmatched
	List<String> unmatched = new ArrayList<>();

	@Spec
	CommandSpec spec;

	/** Runs the parsed command; its exit status. */
	abstract int run(Cli.Context context);

	/** What to tell of an argument no option takes and that is no Spring property. */
	String unmatched(String arg) {
		return "unknown option " + arg;
	}

}
