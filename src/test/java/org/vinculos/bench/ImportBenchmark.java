package org.vinculos.bench;

import java.io.BufferedWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.vinculos.VinculosApplication;
import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;
import org.vinculos.support.SharedTestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Throughput of the sister-link import into the seeded store: files of 100,000 links between random pairs of the
 * seed's cities (by id, fixed random seeds, no pair twice). The first file is imported right after the store is
 * created and seeded in this JVM, whose load of the seed has already compiled much of Neo4j's write path, so it is not
 * a cold import; six more new files follow (warm), then the last one again (nothing changes). Validation, the write and
 * the commit are all in the time, and each round prints the collector's pauses within it. Then the packaged jar
 * imports three more files from the command line, as stewards do, each in a JVM of its own with the same collector, on
 * the seeded store as after a restart (the cold case): plainly, then recording a JDK AOT cache (docs/stewards.md),
 * then from that cache; each prints the time it reports for the import and that of the whole command with its start.
 * Run with {@code ./mvnw -Pbench verify}, and {@code -Dbench.jvm=-XX:+UseParallelGC} for the collector docs/stewards.md
 * advises for large imports.
 */
@Tag("bench")
class ImportBenchmark {

	private static final int ROWS = 100_000;

	/** New files imported after the first, in the warm JVM. */
	private static final int WARM = 6;

	private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

	@Test
	void throughputOfASisterLinkImport() throws Exception {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-bench-import");
		List<Path> commandLineFiles;
		SpringApplication application = new SpringApplication(VinculosApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--vinculos.data-dir=" + dataDir)) {
			Driver driver = context.getBean(Driver.class);
			List<String> ids = driver.executableQuery("MATCH (c:City) RETURN collect(c.id) AS ids").execute().records()
				.getFirst().get("ids").asList(Value::asString);
			Random random = new Random(42);
			Set<String> pairs = new HashSet<>();
			List<Path> files = new ArrayList<>();
			for (int i = 1; i <= 1 + WARM; i++) {
				files.add(links(dataDir, "links-" + i + ".csv", ids, random, pairs));
			}
			commandLineFiles = new ArrayList<>();
			for (int i = 2 + WARM; i <= 4 + WARM; i++) {
				commandLineFiles.add(links(dataDir, "links-" + i + ".csv", ids, random, pairs));
			}
			ImportService importer = context.getBean(ImportService.class);
			System.out.printf("Import benchmark, %s, %d cores, %s, %,d rows a file%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), ManagementFactory.getGarbageCollectorMXBeans().stream()
						.map(GarbageCollectorMXBean::getName).toList(), ROWS);
			List<String> rounds = new ArrayList<>(List.of("new file (after the seed)"));
			rounds.addAll(Collections.nCopies(WARM, "new file (warm)"));
			rounds.add("same file again (unchanged)");
			for (int i = 0; i < rounds.size(); i++) {
				Path file = files.get(Math.min(i, files.size() - 1));
				long gcBefore = collections(GarbageCollectorMXBean::getCollectionTime);
				long pausesBefore = collections(GarbageCollectorMXBean::getCollectionCount);
				long start = System.nanoTime();
				ImportReport report = importer.importFiles(List.of(file), null, false, "benchmark", (rows, total) -> {
				});
				double seconds = (System.nanoTime() - start) / 1e9;
				ImportReport.FileReport f = report.files().getFirst();
				System.out.printf(
						"%-12s %-28s %6.1f s   %,8.0f rows/s   created %d, updated %d, unchanged %d; collector %.1f s in %d pauses%n",
						file.getFileName(), rounds.get(i), seconds, ROWS / seconds, f.created(), f.updated(), f.unchanged(),
						(collections(GarbageCollectorMXBean::getCollectionTime) - gcBefore) / 1e3,
						collections(GarbageCollectorMXBean::getCollectionCount) - pausesBefore);
			}
		}
		Path jar = Path.of("target/vinculos.jar").toAbsolutePath();
		importFromTheCommandLine(dataDir, commandLineFiles.get(0), "command line", List.of("-jar", jar.toString()));
		Path app = SharedTestDatabase.temporaryDirectory("vinculos-bench-app");
		new ProcessBuilder(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
				app.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		String cache = app.resolve("import.aot").toString();
		importFromTheCommandLine(dataDir, commandLineFiles.get(1), "command line, training AOT",
				List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=error", "-jar", app.resolve("vinculos.jar").toString()));
		importFromTheCommandLine(dataDir, commandLineFiles.get(2), "command line, AOT cache",
				List.of("-XX:AOTCache=" + cache, "-Xlog:aot=error", "-jar", app.resolve("vinculos.jar").toString()));
	}

	/** A figure summed over the JVM's collectors, e.g. their pauses so far or the milliseconds spent in them. */
	private static long collections(ToLongFunction<GarbageCollectorMXBean> figure) {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(figure).sum();
	}

	private static void importFromTheCommandLine(Path dataDir, Path file, String label, List<String> arguments)
			throws Exception {
		List<String> command = new ArrayList<>(List.of(JAVA));
		ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))
			.forEach(command::add);
		command.addAll(arguments);
		command.addAll(List.of("import", file.toString(), "--vinculos.data-dir=" + dataDir));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int status = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		String reported = output.lines().filter(line -> line.contains("rows checked and written")).findFirst()
			.orElse("no report (exit " + status + "): " + output.lines().reduce((a, b) -> b).orElse(""));
		System.out.printf("%-12s %-28s %s; the whole command %.1f s%n", file.getFileName(), label, reported, seconds);
	}

	private static Path links(Path dir, String name, List<String> ids, Random random, Set<String> pairs)
			throws Exception {
		Path file = dir.resolve(name);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
			int written = 0;
			while (written < ROWS) {
				String a = ids.get(random.nextInt(ids.size()));
				String b = ids.get(random.nextInt(ids.size()));
				if (!a.equals(b) && pairs.add((a.compareTo(b) < 0) ? a + b : b + a)) {
					out.write(",,,," + (1950 + random.nextInt(70)) + ",Benchmark source," + a + "," + b + "\n");
					written++;
				}
			}
		}
		return file;
	}

}
