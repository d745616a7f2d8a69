package org.vinculos.support;

import java.util.Map;

import org.vinculos.database.EmbeddedNeo4j;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at the shared test database, before the embedded one would start.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SharedTestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("sharedTestDatabase",
					Map.of("spring.neo4j.uri", SharedTestDatabase.boltUri(), "spring.neo4j.authentication.username",
							EmbeddedNeo4j.USER, "spring.neo4j.authentication.password", SharedTestDatabase.password())));
	}

}
