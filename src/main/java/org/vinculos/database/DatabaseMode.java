package org.vinculos.database;

/**
 * Whether the product runs on the Neo4j it starts itself or on a server it was pointed at.
 */
public enum DatabaseMode {

	/** The Neo4j inside this JVM, storing under {@code VINCULOS_DATA_DIR}. */
	EMBEDDED,

	/** A Neo4j server, cluster or Aura instance named by {@code NEO4J_URI}. */
	EXTERNAL

}
