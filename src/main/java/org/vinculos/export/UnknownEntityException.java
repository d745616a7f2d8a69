package org.vinculos.export;

/**
 * Thrown when an export is asked for the neighbourhood of an id that no entity has.
 */
public class UnknownEntityException extends RuntimeException {

	UnknownEntityException(String id) {
		super("no entity has the id " + id);
	}

}
