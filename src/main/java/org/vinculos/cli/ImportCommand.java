package org.vinculos.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code import FILE...}: checks the files and writes them in one transaction, recorded as import runs. */
@Command(name = "import", description = "Import CSV files of facts in one transaction; nothing is written when a row is wrong.")
final class ImportCommand extends ImportFilesCommand {

	@Option(names = "--dry-run", description = "Check and count, then roll back: nothing is written.")
	boolean dryRun;

	@Override
	boolean dryRun() {
		return this.dryRun;
	}

}
