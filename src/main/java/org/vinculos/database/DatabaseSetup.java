package org.vinculos.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Brings the database to the state this version expects before any request is served: waits for the embedded
 * store, checks the connection, applies the versioned migrations from {@code cypher/migrations} and runs the
 * populators (the seed).
 */
@Component
class DatabaseSetup implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseSetup.class);

	private final Driver driver;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final ObjectProvider<DatabasePopulator> populators;

	private final Environment environment;

	DatabaseSetup(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, ObjectProvider<DatabasePopulator> populators,
			Environment environment) {
		this.driver = driver;
		this.embedded = embedded;
		this.populators = populators;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.embedded.ifAvailable(EmbeddedNeo4j::awaitStarted);
		String uri = this.environment.getProperty("spring.neo4j.uri");
		try {
			this.driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			throw new DatabaseUnreachableException(uri, ex);
		}
		applyMigrations();
		this.populators.orderedStream().forEach(DatabasePopulator::populate);
	}

	private void applyMigrations() {
		// Neo4j-Migrations scans file system locations reliably, also when the scripts sit inside the jar.
		Path directory = copyMigrationsToTemporaryDirectory();
		try {
			var config = MigrationsConfig.builder()
				.withLocationsToScan(directory.toUri().toString())
				.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
				.build();
			new Migrations(config, this.driver).apply()
				.ifPresent(version -> logger.info("Database schema at version {}", version.getValue()));
		}
		finally {
			FileSystemUtils.deleteRecursively(directory.toFile());
		}
	}

	private static Path copyMigrationsToTemporaryDirectory() {
		try {
			Path directory = Files.createTempDirectory("vinculos-migrations");
			List<Resource> scripts = List.of(new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/migrations/*.cypher"));
			for (Resource script : scripts) {
				try (InputStream in = script.getInputStream()) {
					Files.copy(in, directory.resolve(script.getFilename()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the migrations under cypher/migrations", ex);
		}
	}

}
