package org.vinculos.provenance;

/**
 * A recorded import of one file: what, when, by whom, and what it changed.
 */
public record ImportRun(String id, String file, String sha256, String kind, String importedAt, String user, long rows,
		long created, long updated, long unchanged) {
}
