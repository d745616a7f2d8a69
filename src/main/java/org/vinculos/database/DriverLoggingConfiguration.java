package org.vinculos.database;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends the Neo4j driver's log through SLF4J, like the rest of the application's. */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

	/**
	 * The driver's default logger formats every debug message before asking whether debug is on, and the message of
	 * every query holds its parameters: a large import spent a tenth of its time printing rows to strings nobody read.
	 * The SLF4J logger asks first.
	 */
	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
