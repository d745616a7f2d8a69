package org.vinculos.database;

/**
 * Fills the database after the migrations have run and before the server accepts requests.
 */
@FunctionalInterface
public interface DatabasePopulator {

	void populate();

}
