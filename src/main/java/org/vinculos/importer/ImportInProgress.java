package org.vinculos.importer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An import that runs now: its files, who started it and when, and how far it has come.
 * @param phase reading, checking or writing
 * @param rowsTotal the valid rows to write, known once every row is checked
 */
public record ImportInProgress(List<String> files, String user, boolean dryRun, String startedAt, String phase,
		int rowsWritten, @Nullable Integer rowsTotal) {
}
