package org.vinculos.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every column of every import format, one column at a time on an otherwise valid row, and broken
 * files. Each import is a dry run, which runs the same write statements as a real import and rolls them back, so a
 * value that reached Cypher as code would show. Every case ends in a report (problems as file:line:column, or the row
 * counted), never an exception, and the database is as it was.
 */
@IntegrationTest
class HostileImportIT {

	/** A valid row of each format, column by column. */
	private static final Map<String, Map<String, String>> VALID = Map.of(
			"sister-links", row("city_a", "Guadalajara", "country_a", "MX", "city_b", "Oulu", "country_b", "FI", "since",
					"2001", "source", "Hostile import test", "id_a", "", "id_b", "", "until", "", "status", "active",
					"source_url", ""),
			"memberships", row("member", "Hermosillo", "country", "MX", "network", "ICLEI", "since", "2012", "role",
					"member", "source", "Hostile import test", "member_id", "", "until", "", "observed", "", "source_url", ""),
			"agreements", row("title", "Convenio hostil", "kind", "convenio", "level", "municipal", "mexican_party",
					"Hermosillo", "counterpart", "Oulu", "counterpart_country", "FI", "counterpart_type", "governmental",
					"areas", "Agua", "signed", "2018-05-02", "ended", "", "status", "active", "registered", "sí", "source",
					"Hostile import test", "source_url", "", "mexican_party_id", "", "counterpart_id", ""),
			"diasporas", row("origin", "MX", "destination", "FI", "year", "2020", "stock", "1234", "source",
					"Hostile import test", "source_url", ""),
			"cities", row("name", "Hostilandia", "country", "MX", "source", "Hostile import test", "id", "", "region",
					"MX-19", "kind", "city", "names", "", "population", "1000", "population_year", "2020", "latitude", "",
					"longitude", "", "source_url", ""));

	@RegisterExtension
	static final UnchangedDatabase UNCHANGED = new UnchangedDatabase();

	@Autowired
	ImportService importer;

	@TempDir
	Path directory;

	@Test
	void theValidRowsAreValidSoThatEachCaseTestsOneColumn() throws IOException {
		for (var format : VALID.entrySet()) {
			ImportReport report = dryRun(format.getKey(), csv(format.getValue()).getBytes(StandardCharsets.UTF_8));
			assertThat(report.problems()).as(format.getKey()).isEmpty();
			assertThat(report.files()).singleElement().satisfies(file -> assertThat(file.rows()).isEqualTo(1));
		}
	}

	@Test
	void cypherLookingValuesInEveryColumnAreRefusedWithTheirPlaceOrStoredAsText() throws IOException {
		int cases = 0;
		for (var format : VALID.entrySet()) {
			for (String column : format.getValue().keySet()) {
				for (String hostile : HostileInputIT.CYPHER_LOOKING) {
					Map<String, String> row = new LinkedHashMap<>(format.getValue());
					row.put(column, hostile);
					ImportReport report = dryRun(format.getKey(), csv(row).getBytes(StandardCharsets.UTF_8));
					String name = format.getKey() + "." + column + " = " + hostile.substring(0, Math.min(40, hostile.length()));
					if (report.problems().isEmpty()) {
						assertThat(report.files()).as(name).singleElement().satisfies(file -> assertThat(file.rows()).isEqualTo(1));
					}
					else {
						assertThat(report.problems()).as(name).allSatisfy(problem -> {
							assertThat(problem.line()).isEqualTo(2);
							assertThat(problem.column()).isPositive();
							assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
						});
					}
					cases++;
				}
			}
		}
		assertThat(cases).isGreaterThan(500);
	}

	@Test
	void brokenFilesAreProblemsWithTheirPlaceNotExceptions() throws IOException {
		String header = String.join(",", VALID.get("sister-links").keySet());
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("invalid UTF-8", (header + "\nGuadalajara,MX,Oulu,FI,2001,\u00ff\u00fe source,,,,,\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		files.put("an unclosed quote", (header + "\n\"Guadalajara,MX,Oulu,FI,2001,x,,,,,\n").getBytes(StandardCharsets.UTF_8));
		files.put("too many columns", (header + "\nGuadalajara,MX,Oulu,FI,2001,x,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8));
		files.put("too few columns", (header + "\nGuadalajara,MX\n").getBytes(StandardCharsets.UTF_8));
		files.put("a header only", (header + "\n").getBytes(StandardCharsets.UTF_8));
		files.put("an empty file", new byte[0]);
		files.put("binary", new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 0, 13, 10 });
		files.put("an unknown header", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
		files.put("a Cypher header", ("city_a,country_a,city_b,country_b,since,source,\"}) MATCH (n) DETACH DELETE n //\"\n"
				+ "Guadalajara,MX,Oulu,FI,2001,x,y\n").getBytes(StandardCharsets.UTF_8));
		for (var file : files.entrySet()) {
			ImportReport report = dryRun("sister-links", file.getValue());
			assertThat(report.problems()).as(file.getKey()).isNotEmpty().allSatisfy(problem -> {
				assertThat(problem.toString()).as(file.getKey()).matches("hostile\\.csv:\\d+:\\d+: .+");
				assertThat(problem.message()).doesNotContain("Exception");
			});
		}
	}

	private ImportReport dryRun(String kind, byte[] content) throws IOException {
		Path file = this.directory.resolve("hostile.csv");
		Files.write(file, content);
		return this.importer.importFiles(List.of(file), kind, true, "hostile-test", (written, total) -> {
		});
	}

	private static String csv(Map<String, String> row) {
		return String.join(",", row.keySet()) + "\n"
				+ row.values().stream().map(HostileImportIT::quoted).collect(Collectors.joining(",")) + "\n";
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static Map<String, String> row(String... namesAndValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

}
