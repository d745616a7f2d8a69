package org.vinculos.graphql;

import java.time.Duration;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns bad arguments into BAD_REQUEST errors that name the argument, a statement the database stopped at the read
 * timeout into TIMEOUT, and a database out of reach into DATABASE_UNAVAILABLE, each with the field's path and
 * location; anything else stays Spring's INTERNAL_ERROR, which says nothing of the cause.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private final Duration readTimeout;

	GraphQlErrors(@Value("${vinculos.neo4j.read-timeout}") Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof BadRequestException) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(ex.getMessage())
				.build();
		}
		Throwable cause = ex;
		// Spring Data wraps the driver's exceptions; what happened is the driver's.
		while (!(cause instanceof Neo4jException) && cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorClassification.errorClassification("TIMEOUT"))
				.message("The database stopped this field after " + this.readTimeout.toMillis()
						+ " ms (vinculos.neo4j.read-timeout); ask for less: a smaller depth, limit or page")
				.build();
		}
		if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorClassification.errorClassification("DATABASE_UNAVAILABLE"))
				.message("The database cannot be reached just now; try again shortly")
				.build();
		}
		return null;
	}

}
