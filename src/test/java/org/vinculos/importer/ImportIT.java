package org.vinculos.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vinculos.agreement.AgreementWriter;
import org.vinculos.cli.Cli;
import org.vinculos.provenance.FactKind;
import org.vinculos.support.CommandLine.Result;
import org.vinculos.support.CommandLine;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportIT {

	@LocalServerPort
	int port;

	@Autowired
	ImportService importer;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path directory;

	private final List<String> testCities = new ArrayList<>();

	@Test
	void aValidFileIsWrittenWithItsSourceAndASecondImportChangesNothing() throws IOException {
		Path file = write("links.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b,until,status,source_url
				Guadalajara,mx,Kraków,PL,1995,"Acta de cabildo de prueba, Guadalajara",,,,active,https://example.org/acta
				,,Oulu,FI,2001-05-04,"Acta de cabildo de prueba, Guadalajara",inegi:14039,,2010,ended,
				""");

		ImportReport first = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport second = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(first.problems()).isEmpty();
		assertThat(first.files()).singleElement()
			.satisfies(f -> assertThat(List.of(f.rows(), f.created(), f.updated(), f.unchanged())).containsExactly(2, 2L, 0L, 0L));
		assertThat(second.files()).singleElement()
			.satisfies(f -> assertThat(List.of(f.created(), f.updated(), f.unchanged())).containsExactly(0L, 0L, 2L));
		Map<String, Object> link = this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:14039'})-[l:SISTER_CITY]-(o:City {name: 'Oulu'})
				MATCH (s:Source {id: l.source})
				RETURN l.since AS since, l.sinceDate AS sinceDate, l.until AS until, l.status AS status,
				       l.sourceRef AS sourceRef, s.name AS sourceName, count(*) AS links""").fetch().one().orElseThrow();
		assertThat(link).containsEntry("since", 2001L).containsEntry("sinceDate", "2001-05-04").containsEntry("until", 2010L)
			.containsEntry("status", "ended").containsEntry("sourceRef", "links.csv:3")
			.containsEntry("sourceName", "Acta de cabildo de prueba, Guadalajara").containsEntry("links", 1L);
		var runs = GraphQlClients.overHttp(this.port).document("{ importRuns(first: 2) { file kind user rows created unchanged } }")
			.executeSync();
		assertThat(runs.field("importRuns").<List<Map<String, Object>>>getValue()).first()
			.satisfies(run -> assertThat(run).containsEntry("file", "links.csv").containsEntry("user", "steward-test")
				.containsEntry("unchanged", 2));
	}

	@Test
	void aFileNamedTwiceInOneImportIsReadAndWrittenOnce() throws IOException {
		Path file = write("named-twice.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,2006,Named twice test source,inegi:19039,geonames:2988507
				""");

		ImportReport report = this.importer.importFiles(List.of(file, file.getParent().resolve(".").resolve("named-twice.csv")),
				null, false, "steward-test", (rows, total) -> {
				});

		assertThat(report.problems()).isEmpty();
		assertThat(report.files()).singleElement()
			.satisfies(f -> assertThat(List.of(f.rows(), f.created(), f.unchanged())).containsExactly(1, 1L, 0L));
		assertThat(this.neo4j.query("MATCH (r:__ImportRun {file: 'named-twice.csv'}) RETURN count(r)").fetchAs(Long.class)
			.one()).contains(1L);
	}

	@Test
	void importRunsArePagedNewestFirstNarrowedAndFoundByTheIdTheirFactsCarry() throws IOException {
		for (String name : List.of("runs-a.csv", "runs-b.csv", "runs-c.csv")) {
			Path file = write(name, """
					city_a,country_a,city_b,country_b,since,source,id_a,id_b
					,,,,2004,Import run test source,inegi:19039,geonames:2988507
					""");
			this.importer.importFiles(List.of(file), null, false, "run-list-test", (rows, total) -> {
			});
		}
		String linkRun = this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:19039'})-[l:SISTER_CITY]-(:Entity {id: 'geonames:2988507'})
				WHERE l.sourceRef STARTS WITH 'runs-' RETURN l.importRun""").fetchAs(String.class).one().orElseThrow();
		String document = """
				query($first: Int, $before: ID, $file: String) {
				  importRuns(user: "run-list-test", first: $first, before: $before, file: $file) { id file created unchanged }
				}""";

		var newest = GraphQlClients.overHttp(this.port).document(document).variable("first", 2).executeSync()
			.field("importRuns").<List<Map<String, Object>>>getValue();
		var older = GraphQlClients.overHttp(this.port).document(document).variable("first", 2)
			.variable("before", newest.get(1).get("id")).executeSync()
			.field("importRuns").<List<Map<String, Object>>>getValue();
		var ofB = GraphQlClients.overHttp(this.port).document(document).variable("file", "runs-b.csv").executeSync()
			.field("importRuns").<List<Map<String, Object>>>getValue();
		var found = GraphQlClients.overHttp(this.port)
			.document("query($id: ID!) { importRun(id: $id) { file user created } missing: importRun(id: \"import:none\") { id } }")
			.variable("id", linkRun).executeSync();
		var unknownCursor = GraphQlClients.overHttp(this.port).document(document).variable("before", "import:none")
			.executeSync();
		var ofKind = GraphQlClients.overHttp(this.port)
			.document("{ importRuns(user: \"run-list-test\", kind: \"sister-links\") { id } }").executeSync();
		var typo = GraphQlClients.overHttp(this.port).document("{ typo: importRuns(kind: \"sister-link\") { id } }")
			.executeSync();

		assertThat(newest).extracting(run -> run.get("file")).containsExactly("runs-c.csv", "runs-b.csv");
		assertThat(older).extracting(run -> run.get("file") + " " + run.get("created")).containsExactly("runs-a.csv 1");
		assertThat(ofB).extracting(run -> run.get("file") + " " + run.get("unchanged")).containsExactly("runs-b.csv 1");
		assertThat(found.field("importRun").<Map<String, Object>>getValue()).containsEntry("file", "runs-a.csv")
			.containsEntry("user", "run-list-test").containsEntry("created", 1);
		assertThat(found.field("missing").<Object>getValue()).isNull();
		assertThat(unknownCursor.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getPath()).isEqualTo("importRuns");
			assertThat(error.getMessage()).isEqualTo("Argument 'before' names no import run: import:none");
		});
		assertThat(typo.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getPath()).isEqualTo("typo");
			assertThat(error.getMessage()).isEqualTo("Argument 'kind' must be one of sister-links, memberships, agreements, "
					+ "diasporas, cities, got: sister-link");
		});
		assertThat(ofKind.field("importRuns").<List<Object>>getValue()).hasSize(3);
	}

	@Test
	void aCorrectedFileUpdatesTheLinksItChangesAndOnlyThose() throws IOException {
		Path original = write("links-2024.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1998,Registro de hermanamientos de prueba,inegi:19039,geonames:3117735
				,,,,2003,Registro de hermanamientos de prueba,inegi:19039,geonames:2643743
				""");
		Path corrected = write("links-2025.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b,until,status
				,,,,1998,Registro de hermanamientos de prueba,inegi:19039,geonames:3117735,2020,ended
				,,,,2003,Registro de hermanamientos de prueba,inegi:19039,geonames:2643743,,
				""");

		this.importer.importFiles(List.of(original), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport report = this.importer.importFiles(List.of(corrected), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.files()).singleElement()
			.satisfies(f -> assertThat(List.of(f.created(), f.updated(), f.unchanged())).containsExactly(0L, 1L, 1L));
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:19039'})-[l:SISTER_CITY]-(o:Entity)
				WHERE o.id IN ['geonames:3117735', 'geonames:2643743'] AND l.source STARTS WITH 'steward:registro-de-hermanamientos'
				RETURN o.id + ' ' + l.since + ' ' + coalesce(l.status, '-') + ' ' + l.sourceRef AS link ORDER BY link""")
			.fetchAs(String.class).all())
			.containsExactly("geonames:2643743 2003 - links-2024.csv:3", "geonames:3117735 1998 ended links-2025.csv:2");
	}

	@Test
	void aFileOfANewSourceAddsItsOwnLinksBesideThoseOfOtherSourcesAndAgainChangesNothing() throws IOException {
		Path known = write("links-known.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1999,Registro previo de prueba,inegi:11020,geonames:3117735
				""");
		Path mixed = write("links-new-source.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,2001,Registro nuevo de prueba,inegi:11020,geonames:3117735
				,,,,1999,Registro previo de prueba,inegi:11020,geonames:3117735
				,,,,2004,Registro nuevo de prueba,inegi:11020,geonames:2643743
				""");

		this.importer.importFiles(List.of(known), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport first = this.importer.importFiles(List.of(mixed), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport again = this.importer.importFiles(List.of(mixed), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(first.files()).singleElement()
			.satisfies(f -> assertThat(List.of(f.created(), f.updated(), f.unchanged())).containsExactly(2L, 0L, 1L));
		assertThat(again.files()).singleElement()
			.satisfies(f -> assertThat(List.of(f.created(), f.updated(), f.unchanged())).containsExactly(0L, 0L, 3L));
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:11020'})-[l:SISTER_CITY]-(o:Entity)
				WHERE o.id IN ['geonames:3117735', 'geonames:2643743'] AND l.source STARTS WITH 'steward:registro-'
				RETURN o.id + ' ' + l.since + ' ' + l.sourceRef AS link ORDER BY link""")
			.fetchAs(String.class).all())
			.containsExactly("geonames:2643743 2004 links-new-source.csv:4", "geonames:3117735 1999 links-known.csv:2",
					"geonames:3117735 2001 links-new-source.csv:2");
	}

	@Test
	void aCitiesFileAddsNewCitiesAndOnlyAddsToExistingOnes() throws IOException {
		Path cities = write("cities.csv", """
				name,country,source,id,region,kind,names,population,population_year,latitude,longitude
				Brownsville,US,GeoNames cities500 (import test),geonames:4676740,US-TX,,Fort Brown,,,25.90175,-97.49748
				Tlaquepaque,MX,Padrón de prueba 2030,,,,Tlaquepaque de prueba,700001,2026,,
				""");
		Path links = write("brownsville-links.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a
				,,Fort Brown,US,,Acta de prueba Matamoros-Brownsville,inegi:28022
				""");

		ImportReport first = this.importer.importFiles(List.of(cities, links), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport again = this.importer.importFiles(List.of(cities), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(first.problems()).isEmpty();
		assertThat(first.files()).extracting(f -> f.kind() + " " + f.created() + "/" + f.updated() + "/" + f.unchanged())
			.containsExactly("cities 1/1/0", "sister-links 1/0/0");
		assertThat(again.files()).extracting(f -> f.created() + "/" + f.updated() + "/" + f.unchanged())
			.containsExactly("0/0/2");
		Map<String, Object> brownsville = this.neo4j.query("""
				MATCH (c:City {id: 'geonames:4676740'})-[:IN_REGION]->(r:Region), (c)-[:IN_COUNTRY]->(country:Country)
				RETURN c.kind AS kind, r.id AS region, country.id AS country, c.names AS names, c.location.latitude AS latitude,
				       COUNT { (c)-[:SISTER_CITY]-(:City {name: 'Matamoros'}) } AS sisters""").fetch().one().orElseThrow();
		assertThat(brownsville).containsEntry("kind", "city").containsEntry("region", "US-TX").containsEntry("country", "US")
			.containsEntry("names", List.of("Fort Brown")).containsEntry("latitude", 25.90175).containsEntry("sisters", 1L);
		Map<String, Object> tlaquepaque = this.neo4j.query("""
				MATCH (c:City {id: 'inegi:14098'})-[:HAS_OBSERVATION]->(o:Observation {year: 2026}) WHERE o.id STARTS WITH 'population:steward:'
				RETURN c.population AS population, c.populationYear AS year, c.name AS name, o.value AS observed,
				       'Tlaquepaque de prueba' IN c.names AS named, size(c.sources) AS sources""").fetch().one().orElseThrow();
		assertThat(tlaquepaque).containsEntry("population", 700001L).containsEntry("year", 2026L)
			.containsEntry("name", "San Pedro Tlaquepaque").containsEntry("observed", 700001L).containsEntry("named", true);
		var imported = GraphQlClients.overHttp(this.port)
			.document("""
					{ city(id: "geonames:4676740") { importRun { id file } }
					  tlaquepaque: city(id: "inegi:14098") { observations { indicator year importRun { id file } } }
					  seedOnly: city(id: "inegi:14120") { importRun { id } observations { importRun { id } } } }""")
			.executeSync();
		assertThat(imported.getErrors()).isEmpty();
		assertThat(imported.field("seedOnly.importRun").<Object>getValue()).isNull();
		assertThat(imported.field("seedOnly.observations").<List<Map<String, Object>>>getValue()).isNotEmpty()
			.allSatisfy(o -> assertThat(o).containsEntry("importRun", null));
		assertThat(imported.field("city.importRun").<Map<String, Object>>getValue())
			.isEqualTo(Map.of("id", first.files().getFirst().runId(), "file", "cities.csv"));
		assertThat(imported.field("tlaquepaque.observations").<List<Map<String, Object>>>getValue())
			.anySatisfy(o -> assertThat(o).containsEntry("indicator", "population").containsEntry("year", 2026)
				.containsEntry("importRun", Map.of("id", first.files().getFirst().runId(), "file", "cities.csv")))
			.anySatisfy(o -> assertThat(o).containsEntry("year", 2020).containsEntry("importRun", null));
		var search = GraphQlClients.overHttp(this.port).document("{ search(text: \"Brownsville\") { id } }").executeSync();
		assertThat(search.field("search").<List<Map<String, Object>>>getValue())
			.anySatisfy(hit -> assertThat(hit).containsEntry("id", "geonames:4676740"));
	}

	@Test
	void aCitiesFileThatContradictsAnotherSourceOrIsMalformedWritesNothing() throws IOException {
		Path file = write("bad-cities.csv", """
				name,country,source,id,region,kind,population,population_year,latitude,longitude
				Guadalajara,MX,Fuente de prueba,,MX-15,,,,,
				Zapopan,MX,Fuente de prueba,inegi:14120,,city,,,,
				Tlajomulco de Zúñiga,MX,Fuente de prueba,,,,12,,30.0,
				Nueva Ciudad de Prueba,XX,Fuente de prueba,,,,,,,
				San Juan,MX,Fuente de prueba,,,,,,,
				Nueva Prueba,US,Fuente de prueba,geonames:abc,,,,,,
				Nueva Prueba 2,US,Fuente de prueba,inegi:14999,,,,,,
				Nueva Prueba 3,MX,Fuente de prueba,inegi:1499,,,,,,
				Nueva Prueba 4,MX,Fuente de prueba,inegi:14999,MX-15,,,,,
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.files()).isEmpty();
		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"bad-cities.csv:2:34: inegi:14039 is in MX-14 in the graph (inegi-municipios, geonames-cities500, naturalearth-places); "
						+ "a statement adds to a city, it does not overwrite another source",
				"bad-cities.csv:3:42: inegi:14120 is a municipio in the graph (inegi-municipios, geonames-cities500); "
						+ "a statement adds to a city, it does not overwrite another source",
				"bad-cities.csv:4:48: population and populationYear go together",
				"bad-cities.csv:4:54: latitude and longitude go together",
				"bad-cities.csv:5:24: country must be the ISO 3166-1 alpha-2 code of a country, such as MX, got: XX",
				"bad-cities.csv:6:1: \"San Juan\" names 24 cities in MX (inegi:07014, inegi:20172, inegi:20173, "
						+ "inegi:20176, inegi:20187, ...); give id",
				"bad-cities.csv:7:34: a GeoNames id is a number (geonames:4676740), got: geonames:abc",
				"bad-cities.csv:8:36: an INEGI id names a Mexican municipality, but the country given is US",
				"bad-cities.csv:9:36: an INEGI municipality id has five digits, the state's two and the municipality's three "
						+ "(inegi:14098), got: inegi:1499",
				"bad-cities.csv:10:48: the INEGI id inegi:14999 is a municipality of MX-14, not of MX-15");
		assertThat(this.neo4j.query("MATCH (c:City {id: 'inegi:14120'}) RETURN c.kind").fetchAs(String.class).one())
			.contains("municipio");
	}

	@Test
	void theTemplatesNameTheirKindsAndTheExamplesAreValid() throws IOException {
		Path imports = Path.of("cypher/import");
		for (String kind : FactKind.TITLES) {
			Path template = imports.resolve(kind + ".template.csv");
			Path example = imports.resolve(kind + ".example.csv");
			Path headerOnly = write(kind + "-header.csv", Files.readString(template) + Files.readAllLines(example).get(1) + "\n");

			ImportReport report = this.importer.importFiles(List.of(example, headerOnly), null, true, "steward-test",
					(rows, total) -> {
					});

			assertThat(report.problems()).as(kind).isEmpty();
			assertThat(report.files()).as(kind).extracting(ImportReport.FileReport::kind).containsOnly(kind);
		}
	}

	@Test
	void everyProblemIsReportedWithFileLineAndColumnAndNothingIsWritten() throws IOException {
		long before = links();
		Path file = write("bad.csv", """
				city_a,country_a,city_b,country_b,since,source
				Guadalajara,MX,Atlantis,GR,1995,Test
				Guadalajara,Mexico,Kraków,PL,1995,Test
				Guadalajara,MX,Kraków,PL,95,Test
				Guadalajara,MX,Kraków,PL,1995,
				Benito Juárez,MX,Kraków,PL,1995,Test
				Guadalajara,MX,Lima,PE,1995,Test
				Guadalajara,MX,Lima,PE,1996,Test
				Guadalajara,MX,Kraków,PL,2019-02-29,Test
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"bad.csv:2:16: no city named \"Atlantis\" in GR (a city the graph lacks is added by a cities file, in the same import or before)",
				"bad.csv:3:13: country_a must be an ISO 3166-1 alpha-2 code such as MX, got: Mexico",
				"bad.csv:4:26: since must be a year (1995) or a date (1995-06-30), got: 95",
				"bad.csv:5:31: source is required: who states the fact (a document, a registry, a URL)",
				report.problems().get(4).toString(),
				"bad.csv:8:1: the same link and source as line 7",
				"bad.csv:9:26: since 2019-02-29 is no calendar date: February 2019 has 28 days");
		assertThat(report.problems().get(4).toString()).startsWith("bad.csv:6:1: \"Benito Juárez\" names ")
			.endsWith("; give id_a");
		assertThat(links()).isEqualTo(before);
	}

	@Test
	void aColumnWithoutANameIsAllowedWhileItHoldsNothing() throws IOException {
		Path empty = write("unnamed-empty.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b,
				,,,,1990,Unnamed column test,inegi:14039,inegi:14120,
				""");
		Path holding = write("unnamed-holding.csv", """
				city_a,country_a,,city_b,country_b,since,source,id_a,id_b
				,,,,,1990,Unnamed column test,inegi:14039,inegi:14120
				,,x,,,1991,Unnamed column test,inegi:14039,inegi:14121
				,,y,,,1992,Unnamed column test,inegi:14039,inegi:14122
				""");

		ImportReport dry = this.importer.importFiles(List.of(empty), null, true, "steward-test", (rows, total) -> {
		});
		ImportReport refused = this.importer.importFiles(List.of(holding), null, true, "steward-test", (rows, total) -> {
		});

		assertThat(dry.problems()).isEmpty();
		assertThat(dry.files()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo("sister-links");
			assertThat(f.created()).isEqualTo(1);
		});
		assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(
				"unnamed-holding.csv:3:3: field 3 has no column name in the header, yet holds \"x\" (and so does 1 more row); "
						+ "name the column or leave it empty");
	}

	@Test
	void malformedRowsAreReportedBesideTheOthersAndEmptySpreadsheetRowsAreSkipped() throws IOException {
		long before = links();
		Path file = write("bad-rows.csv", """
				city_a,country_a,city_b,country_b,since,source
				Guadalajara,MX,Atlantis,GR,1995,Test,extra
				,,,,,
				Guadalajara,MX
				"Guadalajara"x,MX,Kraków,PL,1995,Test
				Guadalajara,MX,"Nueva
				York",US,1995,Test
				,,,,,
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"bad-rows.csv:2:1: expected 6 fields as in the header, found 7",
				"bad-rows.csv:4:1: expected 6 fields as in the header, found 2",
				"bad-rows.csv:5:14: unexpected character after a closing quote",
				"bad-rows.csv:6:16: no city named \"Nueva\\nYork\" in US (a city the graph lacks is added by a cities file, in the same import or before)");
		assertThat(links()).isEqualTo(before);
	}

	@Test
	void membershipsAreImportedByMemberNameOrIdAndNetworkNameOrIdOnce() throws IOException {
		Path file = write("members.csv", """
				member,country,network,since,role,source,member_id,observed
				Hermosillo,MX,ICLEI,2012,member,"Membership test: ICLEI member list",,
				,,network:c40,,,"Membership test: C40 page",MX-14,2024
				""");

		ImportReport first = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport second = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(first.problems()).isEmpty();
		assertThat(first.files()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo("memberships");
			assertThat(f.created()).isEqualTo(2);
		});
		assertThat(second.files()).singleElement().satisfies(f -> assertThat(f.unchanged()).isEqualTo(2));
		assertThat(this.neo4j.query("""
				MATCH (:Entity {id: 'inegi:26030'})-[m:MEMBER_OF]->(:Network {id: 'network:iclei'})
				WHERE m.sourceRef = 'members.csv:2' RETURN m.since""").fetchAs(Long.class).one()).contains(2012L);
	}

	@Test
	void aMembershipFileWithAnUnknownNetworkOrRoleWritesNothing() throws IOException {
		Path file = write("bad-members.csv", """
				member,country,network,since,role,source
				Hermosillo,MX,C41,2012,member,Test
				Hermosillo,MX,C40,2012,Member!,Test
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"bad-members.csv:2:15: no network is named C41",
				"bad-members.csv:3:24: role must be a lower-case word or two (member, founder, president), got: Member!");
		assertThat(report.files()).isEmpty();
	}

	@Test
	void agreementsAreImportedOnePartyPerRowAndKeyedOnTheirPartyTitleAndDate() throws IOException {
		Path file = write("agreements.csv", """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url
				Convenio de prueba de importación,convenio,municipal,Hermosillo,Oulu,FI,governmental,Agua|Turismo,2018-05-02,,active,sí,Agreement import test,
				Convenio de prueba de importación,convenio,municipal,Hermosillo,UNHCR,,international organization,Agua,2018-05-02,,active,sí,Agreement import test,
				""");

		ImportReport first = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport second = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(first.problems()).isEmpty();
		assertThat(first.files()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("agreements"));
		assertThat(second.files()).singleElement().satisfies(f -> assertThat(f.unchanged()).isEqualTo(2));
		Map<String, Object> agreement = this.neo4j.query("""
				MATCH (a:Agreement)-[:PARTY {role: 'mexican'}]->(:Entity {id: 'inegi:26030'})
				WHERE a.title = 'Convenio de prueba de importación'
				RETURN a.id AS id, toString(a.signed) AS signed, a.registered AS registered,
				       COLLECT { MATCH (a)-[:PARTY {role: 'counterpart'}]->(c) RETURN c.id ORDER BY c.id } AS counterparts,
				       COLLECT { MATCH (a)-[:COVERS]->(t) RETURN t.id ORDER BY t.id } AS topics""").fetch().one().orElseThrow();
		assertThat(agreement).containsEntry("id", AgreementWriter.id("inegi:26030", "Convenio de prueba de importación",
				"2018-05-02"))
			.containsEntry("signed", "2018-05-02").containsEntry("registered", true)
			.containsEntry("counterparts", List.of("geonames:643492", "org:unhcr"))
			.containsEntry("topics", List.of("topic:tourism", "topic:water"));
	}

	@Test
	void anAgreementsFileMayNameACityThatACitiesFileOfTheSameImportAdds() throws IOException {
		Path agreements = write("agreements-new-city.csv", """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url,counterpart_id
				Convenio con una ciudad nueva,convenio,state,Sonora,Villa de Prueba,ES,governmental,Agua,2021-03-04,,active,no,Agreement import test,,
				Convenio con la misma ciudad por id,convenio,state,Sonora,,ES,governmental,Agua,2021-03-05,,active,no,Agreement import test,,city:es:villa-de-prueba
				""");
		Path cities = write("cities-new.csv", """
				name,country,source,names
				Villa de Prueba,ES,Cities import test (agreements),Villa Prueba
				""");

		ImportReport alone = this.importer.importFiles(List.of(agreements), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport together = this.importer.importFiles(List.of(agreements, cities), null, false, "steward-test",
				(rows, total) -> {
				});

		assertThat(alone.problems()).extracting(ImportProblem::toString).containsExactly(
				"agreements-new-city.csv:2:53: nothing is named \"Villa de Prueba\" in ES",
				"agreements-new-city.csv:3:126: nothing has the id city:es:villa-de-prueba");
		assertThat(together.problems()).isEmpty();
		assertThat(together.files()).extracting(f -> f.kind() + " " + f.created())
			.containsExactly("cities 1", "agreements 2");
		assertThat(this.neo4j.query("""
				MATCH (a:Agreement)-[:PARTY {role: 'counterpart'}]->(c:City {id: 'city:es:villa-de-prueba'})
				RETURN a.title AS title ORDER BY title""").fetchAs(String.class).all())
			.containsExactly("Convenio con la misma ciudad por id", "Convenio con una ciudad nueva");
	}

	@Test
	void aCounterpartCityNamedWithoutItsCountryIsFoundInAnyCountryUnlessTheNameIsAmbiguous() throws IOException {
		String header = "title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url";
		Path file = write("agreements-no-country.csv", header + """

				Convenio sin país,convenio,state,Sonora,Oulu,,governmental,Agua,2019-01-02,,active,no,Agreement import test,
				Convenio ambiguo,convenio,state,Sonora,Guadalajara,,governmental,Agua,2019-01-03,,active,no,Agreement import test,
				""");
		Path fixed = write("agreements-no-country-fixed.csv", header + """
				,mexican_party_id,counterpart_id
				Convenio sin país,convenio,state,Sonora,Oulu,,governmental,Agua,2019-01-02,,active,no,Agreement import test,,,
				Convenio ambiguo,convenio,state,,Guadalajara,,governmental,Agua,2019-01-03,,active,no,Agreement import test,,MX-26,geonames:3121070
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, true, "steward-test", (rows, total) -> {
		});
		ImportReport written = this.importer.importFiles(List.of(fixed), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"agreements-no-country.csv:3:40: \"Guadalajara\" names 2 places or bodies (geonames:3121070, inegi:14039); give counterpart_id");
		assertThat(written.problems()).isEmpty();
		assertThat(this.neo4j.query("""
				MATCH (m:Region)<-[:PARTY {role: 'mexican'}]-(a:Agreement)-[:PARTY {role: 'counterpart'}]->(c)
				WHERE a.title IN ['Convenio sin país', 'Convenio ambiguo']
				RETURN a.title + ' ' + m.id + ' ' + c.id AS party ORDER BY party""").fetchAs(String.class).all())
			.containsExactly("Convenio ambiguo MX-26 geonames:3121070", "Convenio sin país MX-26 geonames:643492");
	}

	@Test
	void anAgreementFileReportsUnknownPartiesAreasAndDates() throws IOException {
		Path file = write("bad-agreements.csv", """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url
				Convenio,convenio,municipal,Atlántida,Oulu,FI,governmental,Agua,2018,,active,,Test,
				Convenio,convenio,state,Sonora,Nowhere,FI,governmental,Knitting,,,,maybe,Test,
				Convenio al revés,convenio,state,Sonora,Oulu,FI,governmental,Agua,2018-05-02,2017-01-31,ended,,Test,
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"bad-agreements.csv:2:29: no Mexican municipality is named Atlántida",
				"bad-agreements.csv:2:65: signed must be a full date such as 2018-06-30, got: 2018",
				"bad-agreements.csv:3:32: nothing is named \"Nowhere\" in FI",
				"bad-agreements.csv:3:56: unknown area Knitting; areas are separated by |",
				"bad-agreements.csv:3:68: registered must be true or false (yes, no, sí), got: maybe",
				"bad-agreements.csv:4:78: ended (2017-01-31) is before signed (2018-05-02)");
	}

	@Test
	void diasporaFiguresAddDatedObservationsAndTheLatestBecomesTheStock() throws IOException {
		Path file = write("diasporas.csv", """
				origin,destination,year,stock,source
				MX,FI,2020,1234,Diaspora import test
				MX-32,US-CA,2020,"500,000",Diaspora import test
				""");
		Path bad = write("bad-diasporas.csv", """
				origin,destination,year,stock,source
				XX,FI,2020,many,Diaspora import test
				""");

		ImportReport first = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport second = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});
		ImportReport refused = this.importer.importFiles(List.of(bad), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(first.files()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo("diasporas");
			assertThat(f.created()).isEqualTo(2);
		});
		assertThat(second.files()).singleElement().satisfies(f -> assertThat(f.unchanged()).isEqualTo(2));
		assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(
				"bad-diasporas.csv:2:1: no country, state or city has the id XX",
				"bad-diasporas.csv:2:12: stock must be a whole number of people, got: many");
		var diasporas = GraphQlClients.overHttp(this.port)
			.document("{ diasporas(origin: \"MX-32\") { destination { id } stock stockYear source importRun { id file } } }")
			.executeSync();
		assertThat(diasporas.field("diasporas").<List<Map<String, Object>>>getValue()).singleElement()
			.satisfies(d -> assertThat(d).containsEntry("stock", 500_000).containsEntry("stockYear", 2020)
				.containsEntry("importRun", Map.of("id", first.files().getFirst().runId(), "file", "diasporas.csv")));
	}

	@Test
	void aFileOfNoKnownKindIsRefusedAtItsHeader() throws IOException {
		Path file = write("other.csv", "name,value\nx,1\n");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).singleElement().asString()
			.startsWith("other.csv:1:1: the header names no known kind")
			.contains("a sister-links file has the columns city_a,country_a,city_b,country_b,since,source and optionally")
			.contains("; an agreements file has the columns title,kind,level,");
	}

	@Test
	void aHeaderShortOfAColumnOfOneKindIsToldWhichColumnItLacks() throws IOException {
		Path file = write("almost.csv", """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source
				Convenio,convenio,municipal,Hermosillo,Oulu,FI,governmental,Agua,2019-03-04,,active,sí,Header test
				""");

		ImportReport report = this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).singleElement().asString()
			.startsWith("almost.csv:1:1: the header is missing source_url; an agreements file has the columns title,");
	}

	@Test
	void aFileThatIsNotUtf8IsToldTheLineAndColumnOfItsFirstForeignByte() throws IOException {
		Path latin1 = Files.write(this.directory.resolve("links-latin1.csv"), concat(
				"city_a,country_a,city_b,country_b,since,source\nQuerétaro,MX,Oulu,FI,,Encoding test source\n"
					.getBytes(StandardCharsets.UTF_8),
				"Mérida,MX,Oulu,FI,,Encoding test source\n".getBytes(StandardCharsets.ISO_8859_1)));

		ImportReport report = this.importer.importFiles(List.of(latin1), null, false, "steward-test", (rows, total) -> {
		});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"links-latin1.csv:3:2: the file is not UTF-8: byte 0xE9 here starts no UTF-8 character (save the sheet as \"CSV UTF-8 (comma delimited)\")");
		assertThat(report.files()).isEmpty();
	}

	@Test
	void aHeaderIsReadWhateverItsCaseAndAColumnNamedTwiceIsAProblem() throws IOException {
		Path capitalised = write("links-capitalised.csv", """
				City_A,Country_A,City_B,Country_B,Since,Source
				Monterrey,MX,Oulu,FI,1999,Header test source
				""");
		Path twice = write("links-twice.csv", """
				city_a,country_a,city_b,country_b,since,source,Source
				Monterrey,MX,Oulu,FI,1999,Header test source,Another source
				""");

		ImportReport read = this.importer.importFiles(List.of(capitalised), null, true, "steward-test", (rows, total) -> {
		});
		ImportReport refused = this.importer.importFiles(List.of(twice), null, true, "steward-test", (rows, total) -> {
		});

		assertThat(read.problems()).isEmpty();
		assertThat(read.files()).singleElement().satisfies(file -> assertThat(file.created()).isEqualTo(1));
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly("links-twice.csv:1:48: column \"source\" is named twice (fields 6 and 7); keep one");
	}

	@Test
	void aFileWithSemicolonsOrTabsForCommasIsToldToUseCommas() throws IOException {
		Path semicolons = write("links-semicolons.csv", """
				city_a;country_a;city_b;country_b;since;source
				Monterrey;MX;Oulu;FI;;Separator test source
				""");
		Path tabs = write("links-tabs.csv", "city_a\tcountry_a\tcity_b\tcountry_b\tsince\tsource\n"
				+ "Monterrey\tMX\tOulu\tFI\t\tSeparator test source\n");

		ImportReport report = this.importer.importFiles(List.of(semicolons, tabs), "sister-links", false, "steward-test",
				(rows, total) -> {
				});

		assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
				"links-semicolons.csv:1:1: the columns are separated by semicolons; they must be separated by commas (save the sheet as \"CSV UTF-8 (comma delimited)\")",
				"links-tabs.csv:1:1: the columns are separated by tabs; they must be separated by commas (save the sheet as \"CSV UTF-8 (comma delimited)\")");
		assertThat(report.files()).isEmpty();
	}

	@Test
	void twoStewardsImportingTheSameFileAtOnceWriteEachLinkOnce() throws Exception {
		String source = "Registro de hermanamientos importado dos veces a la vez";
		this.importer.importFiles(List.of(write("first.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1990,%s,inegi:19039,geonames:3117735
				""".formatted(source))), null, false, "steward-test", (rows, total) -> {
		});
		List<String> mexican = cityIds("c.country = 'MX'");
		List<String> foreign = cityIds("c.country <> 'MX'");
		StringBuilder rows = new StringBuilder("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
		for (int i = 0; i < 1_000; i++) {
			rows.append(",,,,2000,").append(source).append(',').append(mexican.get(i)).append(',').append(foreign.get(i)).append('\n');
			rows.append(",,,,2000,").append(source).append(',').append(mexican.get(i)).append(',').append(foreign.get(i + 1))
				.append('\n');
		}
		Path file = write("twice.csv", rows.toString());
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<ImportReport> steward = () -> {
			start.await();
			return this.importer.importFiles(List.of(file), null, false, "steward-test", (written, total) -> {
			});
		};

		List<ImportReport.FileReport> reports;
		try (ExecutorService stewards = Executors.newFixedThreadPool(2)) {
			List<Future<ImportReport>> imports = stewards.invokeAll(List.of(steward, steward));
			reports = new ArrayList<>();
			for (Future<ImportReport> done : imports) {
				reports.add(done.get().files().getFirst());
			}
		}

		assertThat(reports).extracting(ImportReport.FileReport::created).containsExactlyInAnyOrder(2_000L, 0L);
		assertThat(reports).extracting(ImportReport.FileReport::unchanged).containsExactlyInAnyOrder(0L, 2_000L);
		assertThat(this.neo4j.query("""
				MATCH (s:Source {name: $source})
				MATCH ()-[l:SISTER_CITY {source: s.id}]->()
				RETURN count(l)""").bind(source).to("source").fetchAs(Long.class).one().orElseThrow()).isEqualTo(2_001L);
		assertThat(this.neo4j.query("MATCH (s:Source) WHERE s.__lock IS NOT NULL RETURN count(s)").fetchAs(Long.class).one())
			.contains(0L);
	}

	@Test
	void aLargeFileIsComparedWithTheLinksOfItsSourceAndWritesOnlyTheDifference() throws IOException {
		List<String[]> pairs = pairs(testCities("test:large-difference-", 210), 20_500);
		String source = "Registro grande de hermanamientos de prueba";
		Path first = write("large-1.csv", links(source, pairs.subList(0, 20_000), i -> 2000));
		Path second = write("large-2.csv", links(source, pairs, i -> (i < 500) ? 2001 : 2000));

		ImportReport created = importFile(first);
		ImportReport corrected = importFile(second);
		ImportReport again = importFile(second);

		assertThat(List.of(created, corrected, again)).extracting(report -> report.files().getFirst())
			.extracting(f -> f.created() + "/" + f.updated() + "/" + f.unchanged())
			.containsExactly("20000/0/0", "500/500/19500", "0/0/20500");
		assertThat(this.neo4j.query("""
				MATCH (s:Source {name: $source})
				MATCH (a)-[l:SISTER_CITY {source: s.id}]->(b)
				RETURN count(l) AS links, count(DISTINCT [a.id, b.id]) AS pairs, sum(CASE l.since WHEN 2001 THEN 1 END) AS corrected,
				       sum(CASE WHEN a.id < b.id THEN 1 END) AS fromTheLowerId""").bind(source).to("source").fetch().one().orElseThrow())
			.containsEntry("links", 20_500L).containsEntry("pairs", 20_500L).containsEntry("corrected", 500L)
			.containsEntry("fromTheLowerId", 20_500L);
	}

	@Test
	void twoStewardsImportingTheSameLargeFileAtOnceWriteEachLinkOnce() throws Exception {
		String source = "Registro grande de hermanamientos importado dos veces a la vez";
		Path file = write("large-twice.csv", links(source, pairs(testCities("test:large-twice-", 201), 20_000), i -> 1999));
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<ImportReport> steward = () -> {
			start.await();
			return importFile(file);
		};

		List<ImportReport.FileReport> reports = new ArrayList<>();
		try (ExecutorService stewards = Executors.newFixedThreadPool(2)) {
			for (Future<ImportReport> done : stewards.invokeAll(List.of(steward, steward))) {
				reports.add(done.get().files().getFirst());
			}
		}

		assertThat(reports).extracting(f -> f.created() + "/" + f.unchanged()).containsExactlyInAnyOrder("20000/0", "0/20000");
		assertThat(this.neo4j.query("""
				MATCH (s:Source {name: $source})
				MATCH ()-[l:SISTER_CITY {source: s.id}]->()
				RETURN count(l)""").bind(source).to("source").fetchAs(Long.class).one()).contains(20_000L);
	}

	@Test
	void aLargeFileSeesTheCitiesAndLinksThatEarlierFilesOfTheSameImportWrite() throws IOException {
		List<String> cities = testCities("test:large-same-import-", 201);
		String source = "Registro grande de prueba en varios archivos";
		importFile(write("known.csv", links(source, List.<String[]>of(new String[] { cities.get(0), "inegi:19039" }), i -> 1990)));
		Path newCity = write("new-city.csv", """
				name,country,source,id
				Ciudad nueva de la prueba de importación grande,GT,Padrón de prueba de ciudades nuevas,test:large-same-import-new
				""");
		List<String[]> pairs = new ArrayList<>(pairs(cities, 20_000));
		pairs.add(new String[] { "test:large-same-import-new", cities.get(0) });
		Path links = write("large-links.csv", links(source, pairs, i -> 2000));
		List<String[]> more = new ArrayList<>(pairs);
		more.add(new String[] { "test:large-same-import-new", cities.get(1) });
		Path corrections = write("large-corrections.csv", links(source, more, i -> (i < 10) ? 2002 : 2000));

		ImportReport report = this.importer.importFiles(List.of(links, corrections, newCity), null, false, "steward-test",
				(rows, total) -> {
				});

		assertThat(report.problems()).isEmpty();
		assertThat(report.files()).extracting(f -> f.file() + " " + f.created() + "/" + f.updated() + "/" + f.unchanged())
			.containsExactly("new-city.csv 1/0/0", "large-links.csv 20001/0/0", "large-corrections.csv 1/10/19991");
		assertThat(this.neo4j.query("""
				MATCH (s:Source {name: $source})
				MATCH (a)-[l:SISTER_CITY {source: s.id}]->(b)
				RETURN count(l) AS links, sum(CASE l.since WHEN 2002 THEN 1 END) AS corrected,
				       sum(CASE WHEN 'test:large-same-import-new' IN [a.id, b.id] THEN 1 END) AS ofTheNewCity""")
			.bind(source).to("source").fetch().one().orElseThrow())
			.containsEntry("links", 20_003L).containsEntry("corrected", 10L).containsEntry("ofTheNewCity", 2L);
	}

	@Test
	void aDryRunCountsWhatItWouldDoAndWritesNothing() throws IOException {
		long before = links();
		Path file = write("dry.csv", """
				city_a,country_a,city_b,country_b,since,source
				Monterrey,MX,Oulu,FI,,Dry-run test source
				""");

		ImportReport report = this.importer.importFiles(List.of(file), "sister-links", true, "steward-test", (rows, total) -> {
		});

		assertThat(report.files()).singleElement().satisfies(f -> assertThat(f.created()).isEqualTo(1));
		assertThat(links()).isEqualTo(before);
	}

	@Test
	void anImportIsListedInProgressWithTheRowsItHasWrittenUntilItEnds() throws Exception {
		Path file = write("watched.csv", """
				city_a,country_a,city_b,country_b,since,source
				Monterrey,MX,Oulu,FI,2011,Progress test source
				Tijuana,MX,Oulu,FI,2012,Progress test source
				""");
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		String document = "{ importsInProgress { files user dryRun startedAt phase rowsWritten rowsTotal } }";
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<ImportReport> report = executor.submit(() -> this.importer.importFiles(List.of(file), null, false,
					"progress-test", (rows, total) -> {
						writing.countDown();
						awaitQuietly(resume);
					}));
			assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
			var during = GraphQlClients.overHttp(this.port).document(document).executeSync()
				.field("importsInProgress").<List<Map<String, Object>>>getValue();
			resume.countDown();
			assertThat(report.get(60, TimeUnit.SECONDS).files()).singleElement()
				.satisfies(f -> assertThat(f.created()).isEqualTo(2));
			var after = GraphQlClients.overHttp(this.port).document(document).executeSync()
				.field("importsInProgress").<List<Map<String, Object>>>getValue();

			assertThat(during).singleElement().satisfies(running -> {
				assertThat(running).containsEntry("files", List.of("watched.csv")).containsEntry("user", "progress-test")
					.containsEntry("dryRun", false).containsEntry("phase", "writing").containsEntry("rowsWritten", 2)
					.containsEntry("rowsTotal", 2);
				assertThat((String) running.get("startedAt")).endsWith("Z");
			});
			assertThat(after).isEmpty();
		}
		finally {
			resume.countDown();
			executor.shutdown();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theCommandLineImportsExitsNonZeroOnProblemsAndRunsCypherScripts() throws IOException {
		Path good = write("cli.csv", """
				city_a,country_a,city_b,country_b,since,source
				Tijuana,MX,Oulu,FI,2020,Command-line test source
				""");
		Path bad = write("cli-bad.csv", """
				city_a,country_a,city_b,country_b,since,source
				Tijuana,MX,Nowhere,FI,2020,Command-line test source
				""");
		Path script = write("check.cypher", """
				MATCH (c:City {id: 'inegi:02004'}) RETURN c.name AS name, c, [c.country, null] AS list, null AS nothing;
				MATCH (c:City) RETURN c.id AS id LIMIT 150;
				CREATE (s:Scratch {x: 1}) WITH s DELETE s;
				MATCH (c:City)
				RETURN c.name AS name ORDER BY name LIMT 3;
				""");

		Result imported = CommandLine.run("import", good.toString());
		Result refused = CommandLine.run("import", bad.toString());
		Result cypher = CommandLine.run("cypher", script.toString());

		assertThat(imported.status()).isZero();
		assertThat(imported.out()).contains("cli.csv: sister-links, 1 row: 1 created, 0 updated, 0 unchanged")
			.containsPattern("1 row checked and written in \\d+\\.\\d s\\R");
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).contains("cli-bad.csv:2:12: no city named \"Nowhere\" in FI").contains("nothing was written");
		assertThat(cypher.status()).isEqualTo(1);
		assertThat(cypher.out()).containsPattern("check.cypher:1: statement 1: 1 row in \\d+ ms\\R")
			.containsPattern("name +c +list +nothing\\R+Tijuana +\\([A-Za-z:]*City:[A-Za-z:]*Entity[A-Za-z:]* inegi:02004\\) +\\[MX, \\] *\\R")
			.contains("check.cypher:2: statement 2: 150 rows").contains("… 50 more rows")
			.contains("check.cypher:3: statement 3: 1 node created, 1 node deleted, 1 property set, 1 label added");
		assertThat(cypher.err()).contains("check.cypher:5:37: statement 4 failed: Invalid input 'LIMT'")
			.doesNotContain("offset");
		assertThat(CommandLine.run("import").status()).isEqualTo(2);
		Result missing = CommandLine.run("validate", this.directory.resolve("missing.csv").toString());
		Result directory = CommandLine.run("import", this.directory.toString());
		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).contains("missing.csv: no such file");
		assertThat(directory.status()).isEqualTo(1);
		assertThat(directory.err()).contains(this.directory + ": is a directory; name the files in it");
		Path batched = write("batched.cypher", """
				UNWIND range(1, 10) AS i CALL (i) { CREATE (:Scratch {i: i}) } IN TRANSACTIONS OF 4 ROWS;
				MATCH (s:Scratch) CALL (s) { DELETE s } IN TRANSACTIONS OF 4 ROWS;
				""");
		Result inBatches = CommandLine.run("cypher", batched.toString());
		assertThat(inBatches.err()).isEmpty();
		assertThat(inBatches.out()).contains("batched.cypher:1: statement 1: 10 nodes created, 10 properties set, 10 labels added")
			.contains("batched.cypher:2: statement 2: 10 nodes deleted");
		Result mistyped = CommandLine.run("improt", good.toString());
		assertThat(Cli.isCommand(new String[] { "improt", "links.csv" })).isTrue();
		assertThat(Cli.isCommand(new String[] { "--server.port=8081" })).isFalse();
		assertThat(mistyped.status()).isEqualTo(2);
		assertThat(mistyped.err()).startsWith("unknown command improt\nusage:");
	}

	@Test
	void scriptParametersAreSetByParamLinesAndTheCommandLineWins() throws IOException {
		Path script = write("params.cypher", """
				// The city to look at, unless --param names another.
				:param city => 'inegi:02004' // Tijuana
				:param {prefix: 'Ti', lengths: [1, 2]}
				MATCH (c:City {id: $city}) RETURN c.name AS name, c.name STARTS WITH $prefix AS prefixed, size($lengths) AS n;
				""");
		Path unknown = write("begin.cypher", """
				RETURN 1 AS one;
				  :begin
				RETURN 2 AS two;
				""");

		Result defaults = CommandLine.run("cypher", script.toString());
		Result overridden = CommandLine.run("cypher", script.toString(), "--param", "city => 'inegi' + ':14039'");
		Result refused = CommandLine.run("cypher", unknown.toString());
		Result malformed = CommandLine.run("cypher", script.toString(), "--param", "city = 'inegi:14039'");

		assertThat(defaults.status()).isZero();
		assertThat(defaults.out()).contains("params.cypher:2: $city set").contains("params.cypher:3: $")
			.contains("params.cypher:4: statement 1: 1 row").containsPattern("name +prefixed +n\\R+Tijuana +TRUE +2");
		assertThat(overridden.status()).isZero();
		assertThat(overridden.out()).contains("params.cypher:2: $city as --param gives it")
			.containsPattern("name +prefixed +n\\R+Guadalajara +FALSE +2");
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.out()).contains("begin.cypher:1: statement 1: 1 row").doesNotContain("two");
		assertThat(refused.err()).isEqualTo("begin.cypher:2:3: :begin is a cypher-shell command this one does not run; "
				+ "it knows :param NAME => VALUE (each statement commits on its own)\n");
		assertThat(malformed.status()).isEqualTo(1);
		assertThat(malformed.err()).isEqualTo("--param city = 'inegi:14039': a parameter is given as NAME => VALUE or "
				+ "{NAME: VALUE, ...}, got: city = 'inegi:14039'\n");
	}

	@Test
	void theExampleQueriesAndTheMigrationsRunAsCypherScripts() throws IOException {
		List<String> scripts = new java.util.ArrayList<>();
		for (String folder : List.of("cypher/queries", "cypher/migrations")) {
			try (var files = Files.list(Path.of(folder))) {
				files.filter(f -> f.toString().endsWith(".cypher")).sorted().forEach(f -> scripts.add(f.toString()));
			}
		}

		Result result = cypherScripts(scripts.toArray(String[]::new));

		assertThat(scripts).hasSizeGreaterThanOrEqualTo(8);
		assertThat(result.err()).isEmpty();
		assertThat(result.status()).isZero();
	}

	@Test
	void theSeedStepsRunAsCypherScriptsOnTheirRowsAndKeepTheSeedAsItIs() throws IOException {
		long sources = Files.readAllLines(Path.of("cypher/seed/010_sources.csv")).size() - 1;
		String seedMark = "MATCH (n) WHERE n.seed IS NOT NULL RETURN count(n) AS marked, count(DISTINCT n.seed) AS seeds";
		Map<String, Object> before = this.neo4j.query(seedMark).fetch().one().orElseThrow();

		Result result = cypherScripts("cypher/seed/010_sources.cypher", "cypher/seed/020_countries.cypher",
				"cypher/seed/070_networks.cypher", "cypher/seed/910_city_profiles.cypher");

		assertThat(result.err()).isEmpty();
		assertThat(result.status()).isZero();
		assertThat(result.out()).containsPattern("010_sources.cypher:\\d+: statement 1, run on the " + sources + " rows of 010_sources.csv, "
				+ "5,000 at a time: ")
			.containsPattern("020_countries.cypher:\\d+: statement 1, run on the 250 rows of 020_countries.csv")
			.containsPattern("910_city_profiles.cypher:\\d+: statement 1: ok in \\d+(?: ms|\\.\\d s)\\R");
		assertThat(this.neo4j.query(seedMark).fetch().one().orElseThrow()).isEqualTo(before);
	}

	@Test
	void aScriptWithACsvFileOfItsNameBesideItRunsOnItsRowsAndHoldsOneStatement() throws IOException {
		Path script = write("scratch.cypher", """
				// One scratch node a row.
				UNWIND $rows AS row CREATE (:Scratch {name: row.name, note: row.note});
				""");
		write("scratch.csv", """
				name,note
				A,
				B,a note
				""");
		Path two = write("two.cypher", "RETURN 1;\nRETURN 2;\n");
		write("two.csv", "a\n1\n");
		Path latin = write("latin.cypher", "UNWIND $rows AS row CREATE (:Scratch {name: row.name});\n");
		Files.write(this.directory.resolve("latin.csv"), "name\nM\u00e9rida\n".getBytes(StandardCharsets.ISO_8859_1));

		Result created = cypherScripts(script.toString());
		Result refused = cypherScripts(two.toString());
		Result notUtf8 = cypherScripts(latin.toString());
		List<Map<String, Object>> scratch = this.neo4j.query("MATCH (s:Scratch) RETURN s.name AS name, s.note AS note ORDER BY name")
			.fetch().all().stream().toList();
		this.neo4j.query("MATCH (s:Scratch) DELETE s").run();

		assertThat(created.status()).isZero();
		assertThat(created.out()).matches("scratch.cypher:2: statement 1, run on the 2 rows of scratch.csv, 5,000 at a "
				+ "time: 2 nodes created, 3 properties set, 2 labels added in \\d+ ms\n");
		assertThat(scratch).extracting(row -> row.get("name") + "/" + row.get("note")).containsExactly("A/null", "B/a note");
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).isEqualTo("two.cypher: holds 2 statements; with two.csv beside it, it must hold one, "
				+ "which runs once for every 5,000 rows of the file\n");
		assertThat(notUtf8.status()).isEqualTo(1);
		assertThat(notUtf8.err()).isEqualTo("latin.csv:2:2: the file is not UTF-8: byte 0xE9 here starts no UTF-8 character "
				+ "(save the sheet as \"CSV UTF-8 (comma delimited)\"); nothing was written\n");
	}

	private Result cypherScripts(String... scripts) {
		String[] args = new String[scripts.length + 1];
		args[0] = "cypher";
		System.arraycopy(scripts, 0, args, 1, scripts.length);
		return CommandLine.run(args);
	}

	private ImportReport importFile(Path file) {
		return this.importer.importFiles(List.of(file), null, false, "steward-test", (rows, total) -> {
		});
	}

	/**
	 * Cities of no country for files too large to spread over the seed's cities without changing what other tests read
	 * of them; removed after the test with their links.
	 */
	private List<String> testCities(String prefix, int n) {
		this.testCities.add(prefix);
		this.neo4j.query("UNWIND range(1, $n) AS i CREATE (:Entity:City {id: $prefix + i, name: 'Ciudad de prueba ' + i})")
			.bind(n).to("n").bind(prefix).to("prefix").run();
		return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList();
	}

	@AfterEach
	void removeTestCities() {
		this.testCities.forEach(prefix -> this.neo4j.query("MATCH (c:City) WHERE c.id STARTS WITH $prefix DETACH DELETE c")
			.bind(prefix).to("prefix").run());
	}

	/** The first {@code n} pairs of distinct cities, each pair once. */
	private static List<String[]> pairs(List<String> cities, int n) {
		List<String[]> pairs = new ArrayList<>(n);
		for (int i = 0; i < cities.size() && pairs.size() < n; i++) {
			for (int j = i + 1; j < cities.size() && pairs.size() < n; j++) {
				pairs.add(new String[] { cities.get(i), cities.get(j) });
			}
		}
		return pairs;
	}

	/** A sister-links file of the pairs by id, each since the year {@code since} gives for its row. */
	private static String links(String source, List<String[]> pairs, IntUnaryOperator since) {
		StringBuilder rows = new StringBuilder("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
		for (int i = 0; i < pairs.size(); i++) {
			rows.append(",,,,").append(since.applyAsInt(i)).append(',').append(source).append(',').append(pairs.get(i)[0])
				.append(',').append(pairs.get(i)[1]).append('\n');
		}
		return rows.toString();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content);
	}

	private List<String> cityIds(String condition) {
		return List.copyOf(this.neo4j.query("MATCH (c:City) WHERE " + condition + " RETURN c.id ORDER BY c.id LIMIT 1001")
			.fetchAs(String.class).all());
	}

	private long links() {
		return this.neo4j.query("MATCH ()-[l:SISTER_CITY]->() RETURN count(l)").fetchAs(Long.class).one().orElseThrow();
	}

}
