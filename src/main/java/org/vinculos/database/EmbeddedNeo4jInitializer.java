package org.vinculos.database;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Neo4j, in parallel with the rest of the context, unless an external
 * database is configured through {@code NEO4J_URI}.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public class EmbeddedNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedNeo4j";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))
				|| !(context instanceof GenericApplicationContext registry)) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("vinculos.data-dir", "./data"));
		int boltPort = environment.getProperty("vinculos.neo4j.bolt-port", Integer.class, 0);
		int pageCache = environment.getProperty("vinculos.neo4j.page-cache-mb", Integer.class, 128);
		EmbeddedNeo4j database = EmbeddedNeo4j.startInBackground(dataDir, boltPort, pageCache);

		environment.getPropertySources()
			.addFirst(new MapPropertySource(BEAN_NAME, Map.of("spring.neo4j.uri", database.boltUri(),
					"spring.neo4j.authentication.username", EmbeddedNeo4j.USER, "spring.neo4j.authentication.password",
					database.password())));
		registry.registerBean(BEAN_NAME, EmbeddedNeo4j.class, () -> database,
				definition -> definition.setDestroyMethodName("close"));
		// The driver must close before the database it talks to.
		context.addBeanFactoryPostProcessor(EmbeddedNeo4jInitializer::makeDriversDependOnDatabase);
	}

	private static void makeDriversDependOnDatabase(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanNamesForType(Driver.class, true, false)) {
			var definition = beanFactory.getBeanDefinition(name);
			String[] existing = (definition.getDependsOn() != null) ? definition.getDependsOn() : new String[0];
			if (!Arrays.asList(existing).contains(BEAN_NAME)) {
				definition.setDependsOn(Stream.concat(Arrays.stream(existing), Stream.of(BEAN_NAME)).toArray(String[]::new));
			}
		}
	}

}
