package org.vinculos.database;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTests {

	@Test
	void wrongCredentialsGiveOneLineNamingTheUriAndTheCause() {
		var cause = new AuthenticationException("Neo.ClientError.Security.Unauthorized",
				"The client is unauthorized due to authentication failure.");
		var failure = new BeanCreationException("databaseSetup",
				new DatabaseUnreachableException("neo4j+s://example.databases.neo4j.io", cause));

		var analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("Cannot use Neo4j at neo4j+s://example.databases.neo4j.io: "
				+ "The client is unauthorized due to authentication failure.");
		assertThat(analysis.getAction()).contains("NEO4J_USERNAME", "NEO4J_PASSWORD");
	}

}
