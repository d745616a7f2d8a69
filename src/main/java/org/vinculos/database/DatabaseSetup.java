package org.vinculos.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

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

	private static final Pattern MIGRATION_VERSION = Pattern.compile("^V(\\d+)__");

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
		long start = System.nanoTime();
		this.embedded.ifAvailable(EmbeddedNeo4j::awaitStarted);
		logger.debug("Waited {} ms for the embedded database", (System.nanoTime() - start) / 1_000_000);
		String uri = this.environment.getProperty("spring.neo4j.uri");
		try {
			this.driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			throw new DatabaseUnreachableException(String.valueOf(uri), ex);
		}
		logger.debug("Connected to {} after {} ms", uri, (System.nanoTime() - start) / 1_000_000);
		applyMigrations();
		logger.debug("Migrations applied after {} ms", (System.nanoTime() - start) / 1_000_000);
		this.populators.orderedStream().forEach(DatabasePopulator::populate);
	}

	private void applyMigrations() {
		List<Resource> scripts = migrationScripts();
		if (allApplied(scripts)) {
			// Neo4j-Migrations' lock and server checks cost seconds on a cold JVM; skip them when there is nothing to do.
			logger.info("Database schema up to date ({} migrations)", scripts.size());
			return;
		}
		// Neo4j-Migrations scans file system locations reliably, also when the scripts sit inside the jar.
		Path directory = copyToTemporaryDirectory(scripts);
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

	private boolean allApplied(List<Resource> scripts) {
		Set<String> applied = new HashSet<>(this.driver
			.executableQuery("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN collect(m.version) AS versions")
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records()
			.getFirst()
			.get("versions")
			.asList(Value::asString));
		return scripts.stream()
			.map(script -> MIGRATION_VERSION.matcher(script.getFilename()))
			.allMatch(matcher -> matcher.find() && applied.contains(matcher.group(1)));
	}

	private static List<Resource> migrationScripts() {
		try {
			return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/migrations/*.cypher"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the migrations under cypher/migrations", ex);
		}
	}

	private static Path copyToTemporaryDirectory(List<Resource> scripts) {
		try {
			Path directory = Files.createTempDirectory("vinculos-migrations");
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
