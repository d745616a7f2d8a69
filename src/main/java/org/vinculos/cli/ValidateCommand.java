package org.vinculos.cli;

import picocli.CommandLine.Command;

/** {@code validate FILE...}: an import that is always a dry run. */
@Command(name = "validate", description = "Check CSV files of facts as an import would, and write nothing.")
final class ValidateCommand extends ImportFilesCommand {

	@Override
	boolean dryRun() {
		return true;
	}

}
