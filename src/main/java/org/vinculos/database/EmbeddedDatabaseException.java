package org.vinculos.database;

import java.nio.file.Path;

/**
 * Thrown when the embedded database cannot open its store.
 */
public class EmbeddedDatabaseException extends RuntimeException {

	private final transient Path homeDirectory;

	public EmbeddedDatabaseException(Path homeDirectory, Throwable cause) {
		super("The embedded Neo4j could not start in " + homeDirectory + ": " + rootMessage(cause), cause);
		this.homeDirectory = homeDirectory;
	}

	public Path homeDirectory() {
		return this.homeDirectory;
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
