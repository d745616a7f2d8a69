package org.vinculos.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Sources;
import org.vinculos.support.FreshApplication;
import org.vinculos.support.LinkFiles;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command killed (SIGKILL) in the middle of writing a large file into the embedded store: on the next
 * start the store opens, nothing of the file is there, and the same file then imports whole.
 */
class ImportCrashIT {

	private static final Pattern PROGRESS = Pattern.compile("([\\d,]+) of ([\\d,]+) rows");

	private static final String SOURCE = "Crash test steward file";

	@Test
	void anImportKilledMidWriteLeavesNothingAndTheSameFileThenImportsWhole() throws Exception {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-crash");
		Path file = links(dataDir.resolve("crash-links.csv"), 100_000);

		Process importing = command(dataDir, "import", file.toString()).start();
		StringBuilder said = new StringBuilder();
		long writtenWhenKilled = 0;
		long total = 0;
		try (BufferedReader progress = new BufferedReader(new InputStreamReader(importing.getErrorStream(),
				StandardCharsets.UTF_8))) {
			StringBuilder chunk = new StringBuilder();
			int c;
			while ((c = progress.read()) >= 0) {
				chunk.append((char) c);
				said.append((char) c);
				Matcher seen = PROGRESS.matcher(chunk);
				if (c == 's' && seen.find()) {
					long written = Long.parseLong(seen.group(1).replace(",", ""));
					total = Long.parseLong(seen.group(2).replace(",", ""));
					chunk.setLength(0);
					if (written > total / 10 && written < total) {
						writtenWhenKilled = written;
						importing.destroyForcibly();
						break;
					}
				}
			}
		}
		assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(importing.exitValue()).as("killed, not finished: %s", said).isEqualTo(137);
		assertThat(writtenWhenKilled).as("rows written when killed").isBetween(total / 10, total - 1);

		try (ConfigurableApplicationContext restarted = FreshApplication.startIn(dataDir)) {
			Driver driver = restarted.getBean(Driver.class);
			assertThat(links(driver)).as("links of the killed import").isZero();
			assertThat(driver.executableQuery("MATCH (r:__ImportRun) RETURN count(r) AS n").execute().records().getFirst()
				.get("n").asLong()).isZero();

			ImportReport again = restarted.getBean(ImportService.class).importFiles(List.of(file), null, false, "crash-test",
					(written, all) -> {
					});

			assertThat(again.problems()).isEmpty();
			assertThat(again.files().getFirst().created()).isEqualTo(100_000);
			assertThat(links(driver)).isEqualTo(100_000);
		}
	}

	private static long links(Driver driver) {
		return driver.executableQuery("MATCH ()-[r:SISTER_CITY {source: $source}]->() RETURN count(r) AS n")
			.withParameters(Map.of("source", Sources.id(SOURCE))).execute().records().getFirst().get("n").asLong();
	}

	/** The jar's command line in a JVM of its own, as a steward runs it, on the data directory given. */
	private static ProcessBuilder command(Path dataDir, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElseThrow());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter(argument -> !argument.startsWith("-agentlib") && !argument.startsWith("-javaagent"))
			.toList());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.vinculos.VinculosApplication");
		command.addAll(List.of(arguments));
		command.add("--vinculos.data-dir=" + dataDir);
		return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
	}

	/** New sister links between Mexican and foreign cities of the seed. */
	private static Path links(Path file, int count) throws IOException {
		List<String> mexican = new ArrayList<>();
		List<String> foreign = new ArrayList<>();
		try (CsvReader cities = CsvReader.open(Files.newBufferedReader(Path.of("cypher/seed/040_cities.csv")),
				"040_cities.csv")) {
			for (CsvRecord city : cities.readAll(malformed -> {
			})) {
				("MX".equals(city.get("country")) ? mexican : foreign).add(city.get("id"));
			}
		}
		return LinkFiles.write(file, mexican, foreign, count, SOURCE);
	}

}
