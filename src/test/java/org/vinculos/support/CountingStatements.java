package org.vinculos.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts a {@link StatementCounter} between the application and its driver: {@code @Import(CountingStatements.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingStatements {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
