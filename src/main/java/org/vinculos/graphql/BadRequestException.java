package org.vinculos.graphql;

/**
 * An argument that is missing, malformed or out of range; answered as a GraphQL error classified BAD_REQUEST.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
