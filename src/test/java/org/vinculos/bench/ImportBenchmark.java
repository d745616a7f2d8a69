package org.vinculos.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
 * Throughput of the sister-link import: a file of 100,000 links between random pairs of the seed's cities (by id,
 * fixed random seed), imported into the seeded store, then imported again (nothing changes). Run with
 * {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class ImportBenchmark {

	private static final int ROWS = 100_000;

	@Test
	void throughputOfASisterLinkImport() throws Exception {
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-bench-import");
		SpringApplication application = new SpringApplication(VinculosApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--vinculos.data-dir=" + dataDir)) {
			Driver driver = context.getBean(Driver.class);
			List<String> ids = driver.executableQuery("MATCH (c:City) RETURN collect(c.id) AS ids").execute().records()
				.getFirst().get("ids").asList(Value::asString);
			Path file = dataDir.resolve("links-100k.csv");
			Random random = new Random(42);
			Set<String> pairs = new HashSet<>();
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
				while (pairs.size() < ROWS) {
					String a = ids.get(random.nextInt(ids.size()));
					String b = ids.get(random.nextInt(ids.size()));
					if (!a.equals(b) && pairs.add((a.compareTo(b) < 0) ? a + b : b + a)) {
						out.write(",,,," + (1950 + random.nextInt(70)) + ",Benchmark source," + a + "," + b + "\n");
					}
				}
			}
			ImportService importer = context.getBean(ImportService.class);
			System.out.printf("Import benchmark, %s, %d cores, %,d rows%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), ROWS);
			for (String round : List.of("first import", "second import (unchanged)")) {
				long start = System.nanoTime();
				ImportReport report = importer.importFiles(List.of(file), null, false, "benchmark", (rows, total) -> {
				});
				double seconds = (System.nanoTime() - start) / 1e9;
				ImportReport.FileReport f = report.files().getFirst();
				System.out.printf("%-28s %6.1f s   %,8.0f rows/s   created %d, updated %d, unchanged %d%n", round, seconds,
						ROWS / seconds, f.created(), f.updated(), f.unchanged());
			}
		}
	}

}
