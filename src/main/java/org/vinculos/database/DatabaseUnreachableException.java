package org.vinculos.database;

/**
 * Thrown at start-up when the configured Neo4j cannot be reached or refuses the credentials.
 */
public class DatabaseUnreachableException extends RuntimeException {

	private final String uri;

	public DatabaseUnreachableException(String uri, Throwable cause) {
		super("Cannot use Neo4j at " + uri + ": " + EmbeddedDatabaseException.rootMessage(cause), cause);
		this.uri = uri;
	}

	public String uri() {
		return this.uri;
	}

}
