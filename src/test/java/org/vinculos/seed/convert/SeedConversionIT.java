package org.vinculos.seed.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed seed is exactly what the conversion makes of the public datasets in {@code ../shared/data}.
 */
class SeedConversionIT {

	@Test
	void theCommittedSeedAndReportAreWhatTheConversionProduces(@TempDir Path out) throws IOException {
		new SeedConverter(Path.of("../shared/data")).convert(out.resolve("seed"), out.resolve("docs"));

		try (Stream<Path> produced = Files.list(out.resolve("seed"))) {
			for (Path file : produced.toList()) {
				Path committed = Path.of("cypher/seed").resolve(file.getFileName());
				assertThat(Files.mismatch(file, committed)).as("%s differs from a fresh conversion", committed).isEqualTo(-1L);
				assertThat(Path.of("cypher/seed").resolve(file.getFileName().toString().replace(".csv", ".cypher")))
					.as("the Cypher that loads %s", committed).exists();
			}
		}
		assertThat(Files.mismatch(out.resolve("docs/data-quality.md"), Path.of("docs/data-quality.md"))).isEqualTo(-1L);
		assertThat(Files.mismatch(out.resolve("docs/data-quality/unresolved-cities.csv"),
				Path.of("docs/data-quality/unresolved-cities.csv"))).isEqualTo(-1L);
	}

}
