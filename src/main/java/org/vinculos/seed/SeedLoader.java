package org.vinculos.seed;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.vinculos.csv.CsvReader;
import org.vinculos.database.CypherParameters;
import org.vinculos.database.CypherScript;
import org.vinculos.database.DatabasePopulator;
import org.vinculos.database.ScriptRunner;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the committed seed under {@code cypher/seed} when the database does not hold this exact seed yet.
 *
 * <p>Each {@code NNN_name.cypher} runs in file-name order, as {@link ScriptRunner} runs a script: with a
 * {@code NNN_name.csv} beside it, its one statement runs once per batch of rows, given as {@code $rows}; the driver
 * carries the rows, so the seed loads the same into the embedded store and into a remote server. The statements MERGE on
 * natural keys, so a load that was interrupted is simply repeated, and mark what they write with {@code seed = $seed}, the
 * checksum of the seed, so that a new seed removes what it no longer holds.
 */
@Component
@Order(0)
public class SeedLoader implements DatabasePopulator {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private final Driver driver;

	SeedLoader(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void populate() {
		List<SeedStep> steps = readSteps();
		String checksum = checksum(steps);
		String loaded = loadedChecksum();
		if (checksum.equals(loaded)) {
			logger.info("Seed {} already loaded", checksum.substring(0, 12));
			return;
		}
		long start = System.nanoTime();
		steps.forEach(step -> run(step, checksum));
		removeWhatTheSeedNoLongerHolds(checksum);
		this.driver
			.executableQuery("MERGE (s:__Seed {id: 'seed'}) SET s.checksum = $checksum, s.loadedAt = $now, s.steps = $steps")
			.withParameters(Map.of("checksum", checksum, "now", ZonedDateTime.now(),
					"steps", steps.stream().map(SeedStep::name).toList()))
			.execute();
		logger.info("Seed {} loaded: {} steps in {} ms", checksum.substring(0, 12), steps.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** The checksum of the seed the database holds, which its facts carry as {@code seed}; null before a first load. */
	public String loadedChecksum() {
		return this.driver
			.executableQuery("OPTIONAL MATCH (s:__Seed {id: 'seed'}) RETURN s.checksum AS checksum")
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records()
			.getFirst()
			.get("checksum")
			.asString(null);
	}

	/**
	 * Every fact of the seed carries the checksum of the seed that wrote it; what an earlier seed wrote and this one
	 * did not is gone from the sources, so it goes from the graph too. Facts that did not come from the seed (imports,
	 * corrections) have no {@code seed} property and stay.
	 */
	private void removeWhatTheSeedNoLongerHolds(String checksum) {
		try (var session = this.driver.session()) {
			long relationships = session.run("""
					MATCH ()-[r]->() WHERE r.seed IS NOT NULL AND r.seed <> $seed
					CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
					RETURN count(*) AS removed""", Map.of("seed", checksum)).single().get("removed").asLong();
			long nodes = session.run("""
					MATCH (n) WHERE n.seed IS NOT NULL AND n.seed <> $seed
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
					RETURN count(*) AS removed""", Map.of("seed", checksum)).single().get("removed").asLong();
			if (nodes + relationships > 0) {
				logger.info("Removed {} nodes and {} relationships that the new seed no longer holds", nodes, relationships);
			}
		}
	}

	private void run(SeedStep step, String checksum) {
		long start = System.nanoTime();
		try (var session = this.driver.session()) {
			if (step.csv() == null) {
				for (CypherScript.Statement statement : CypherScript.split(step.cypher())) {
					// $cities is null here: steps that derive values can be re-run for some cities only (imports do).
					session.executeWriteWithoutResult(tx -> tx.run(statement.text(),
							CypherParameters.of("seed", checksum, "cities", null)).consume());
				}
			}
			else {
				loadRows(session, step, checksum);
			}
		}
		logger.info("Seed step {} took {} ms", step.name(), (System.nanoTime() - start) / 1_000_000);
	}

	private static void loadRows(Session session, SeedStep step, String checksum) {
		List<CypherScript.Statement> statements = CypherScript.split(step.cypher());
		String csvName = ScriptRunner.rowsName(step.name() + ".cypher");
		String problem = ScriptRunner.oneStatementProblem(step.name() + ".cypher", csvName, statements.size());
		if (problem != null) {
			throw new IllegalStateException("cypher/seed/" + problem);
		}
		try (var reader = CsvReader.open(new StringReader(step.csv()), csvName)) {
			ScriptRunner.runOnRows(session, statements.getFirst().text(), reader, Map.of("seed", checksum), rows -> {
			});
		}
	}

	private static List<SeedStep> readSteps() {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			Map<String, Resource> csvFiles = new LinkedHashMap<>();
			for (Resource csv : resolver.getResources("classpath*:cypher/seed/*.csv")) {
				csvFiles.put(csv.getFilename(), csv);
			}
			Resource[] scripts = resolver.getResources("classpath*:cypher/seed/*.cypher");
			Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
			List<SeedStep> steps = new ArrayList<>();
			for (Resource script : scripts) {
				// A file on the class path has a name.
				String file = Objects.requireNonNull(script.getFilename());
				String name = baseName(file);
				String cypher = script.getContentAsString(StandardCharsets.UTF_8);
				Resource csv = csvFiles.get(ScriptRunner.rowsName(file));
				steps.add(new SeedStep(name, cypher, (csv != null) ? csv.getContentAsString(StandardCharsets.UTF_8) : null));
			}
			return steps;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed under cypher/seed", ex);
		}
	}

	private static String checksum(List<SeedStep> steps) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SeedStep step : steps) {
				digest.update(step.name().getBytes(StandardCharsets.UTF_8));
				digest.update(step.cypher().getBytes(StandardCharsets.UTF_8));
				if (step.csv() != null) {
					digest.update(step.csv().getBytes(StandardCharsets.UTF_8));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? fileName : fileName.substring(0, dot);
	}

	private record SeedStep(String name, String cypher, @Nullable String csv) {
	}

}
