package org.vinculos.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.vinculos.VinculosApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line answers before it starts the application: help and usage errors, exit status 0 and 2. */
class CliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), VinculosApplication.class).run(args);
	}

	@Test
	void eachCommandDescribesItsOwnOptions() {
		assertThat(run("import", "--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Usage: import").contains("--dry-run")
			.contains("--all-changes").contains("--kind=KIND").contains("FILE");
		this.out.reset();
		assertThat(run("cypher", "--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Usage: cypher").contains("--param")
			.doesNotContain("--dry-run");
	}

	@Test
	void anOptionTheCommandDoesNotTakeIsAUsageError() {
		assertThat(run("validate", "--dry-run", "links.csv")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("unknown option --dry-run\nusage:");
	}

	@Test
	void anOptionWithoutItsValueIsAUsageErrorNamingIt() {
		assertThat(run("import", "links.csv", "--kind")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("'--kind'").contains("usage:");
	}

	@Test
	void exportTakesNoFilesAndNeedsAFormatAndAnOutput() {
		assertThat(run("export", "graph.gexf")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("export needs --format graphml|gexf|cyjs|csv and --out FILE");
		this.err.reset();
		assertThat(run("export", "--format", "svg", "--out", "graph.svg")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("export needs --format");
	}

	@Test
	void aCommandWithoutFilesIsAUsageError() {
		assertThat(run("cypher")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("cypher needs at least one file\nusage:");
	}

}
