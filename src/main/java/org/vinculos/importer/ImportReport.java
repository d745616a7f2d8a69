package org.vinculos.importer;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.ImportChange;

/**
 * What an import did, or would do (a dry run), or why it did nothing (problems).
 */
public record ImportReport(List<FileReport> files, List<ImportProblem> problems, boolean dryRun) {

	/**
	 * One file: its kind, rows, and how many facts it created, updated or left unchanged; what it changed in the facts
	 * it updated; its import run id.
	 */
	public record FileReport(String file, String kind, String sha256, int rows, long created, long updated,
			long unchanged, List<ImportChange> changes, @Nullable String runId) {
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
