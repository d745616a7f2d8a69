package org.vinculos.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.agreement.AgreementWriter;
import org.vinculos.cli.Cli;
import org.vinculos.provenance.ImportChange;
import org.vinculos.provenance.Sources;
import org.vinculos.support.CommandLine;
import org.vinculos.support.CommandLine.Result;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportChangesIT {

	private static final String AGREEMENT = "Convenio de prueba del registro de cambios";

	private static final String CITY = "Villa del Registro de Cambios";

	@LocalServerPort
	int port;

	@Autowired
	ImportService importer;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path directory;

	@Test
	void aCorrectedLinksFileTellsEachPropertyItChangesBeforeItIsWrittenAndTheRunKeepsThem() throws IOException {
		ImportReport.FileReport original = importFile(write("changes-links-1.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1998,Change log test source,inegi:19039,geonames:3117735
				,,,,2003,Change log test source,inegi:19039,geonames:2643743
				"""), false);
		Path corrected = write("changes-links-2.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b,until,status
				,,,,1999,Change log test source,inegi:19039,geonames:3117735,2020,ended
				,,,,2003,Change log test source,inegi:19039,geonames:2643743,,
				""");
		String fact = "sister link " + named("geonames:3117735") + " – " + named("inegi:19039") + ", source "
				+ Sources.id("Change log test source");

		ImportReport.FileReport dryRun = importFile(corrected, true);
		ImportReport.FileReport written = importFile(corrected, false);
		ImportReport.FileReport again = importFile(corrected, false);

		List<ImportChange> expected = List.of(new ImportChange("changes-links-2.csv:2", fact, "since", "1998", "1999"),
				new ImportChange("changes-links-2.csv:2", fact, "status", null, "ended"),
				new ImportChange("changes-links-2.csv:2", fact, "until", null, "2020"));
		assertThat(dryRun.changes()).isEqualTo(expected);
		assertThat(written.changes()).isEqualTo(expected);
		assertThat(again.changes()).isEmpty();
		ClientGraphQlResponse firstPage = changes(written.runId(), 2, null);
		assertThat(firstPage.field("importRun.changes.totalCount").<Integer>getValue()).isEqualTo(3);
		assertThat(firstPage.field("importRun.changes.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.extracting(edge -> edge.get("node").get("property") + " " + edge.get("node").get("was") + " → "
					+ edge.get("node").get("now"))
			.containsExactly("since 1998 → 1999", "status null → ended");
		assertThat(firstPage.field("importRun.changes.pageInfo.hasNextPage").<Boolean>getValue()).isTrue();
		ClientGraphQlResponse secondPage = changes(written.runId(), 2,
				firstPage.field("importRun.changes.pageInfo.endCursor").getValue());
		assertThat(secondPage.field("importRun.changes.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.singleElement().satisfies(edge -> assertThat(edge.get("node")).containsEntry("at", "changes-links-2.csv:2")
				.containsEntry("fact", fact).containsEntry("property", "until").containsEntry("now", "2020"));
		assertThat(secondPage.field("importRun.changes.pageInfo.hasNextPage").<Boolean>getValue()).isFalse();
		assertThat(changes(again.runId(), 100, null).field("importRun.changes.totalCount").<Integer>getValue()).isZero();
		assertThat(changes(written.runId(), 101, null).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("Argument 'first' must be between 1 and 100, got: 101"));
		var links = GraphQlClients.overHttp(this.port).document("""
				{ city(id: "inegi:19039") { sisterCities { city { id } source importRun { id file user } } } }""")
			.executeSync().field("city.sisterCities").<List<Map<String, Object>>>getValue();
		assertThat(links).filteredOn(link -> link.get("source").equals(Sources.id("Change log test source")))
			.extracting(link -> ((Map<?, ?>) link.get("city")).get("id") + " " + link.get("importRun"))
			.as("a link names the run that wrote it last, which an import that left it unchanged is not")
			.containsExactlyInAnyOrder(
					"geonames:3117735 {id=" + written.runId() + ", file=changes-links-2.csv, user=change-test}",
					"geonames:2643743 {id=" + original.runId() + ", file=changes-links-1.csv, user=change-test}");
		assertThat(this.neo4j.query("""
				MATCH (r:__ImportRun) WHERE r.file = 'changes-links-2.csv'
				RETURN sum(size([at IN r.changeAt WHERE at = 'changes-links-2.csv:2']))""")
			.fetchAs(Long.class).one()).as("the dry run recorded nothing").contains(3L);
	}

	@Test
	void everyKindOfFileTellsWhatItChangesInTheFactsItUpdates() throws IOException {
		ImportReport.FileReport firstMembers = importFile(write("changes-members-1.csv", """
				member,country,network,since,role,source
				Hermosillo,MX,ICLEI,2012,member,Change test member list
				"""), false);
		ImportReport.FileReport firstDiasporas = importFile(write("changes-diasporas-1.csv", """
				origin,destination,year,stock,source
				MX,FI,2019,1234,Change test diaspora figures
				"""), false);
		ImportReport.FileReport firstAgreements = importFile(write("changes-agreements-1.csv", """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url
				%s,convenio,municipal,Hermosillo,Oulu,FI,governmental,Agua,2019-03-04,,active,sí,Change test agreements,
				""".formatted(AGREEMENT)), false);
		ImportReport.FileReport firstCities = importFile(write("changes-cities-1.csv", """
				name,country,source,population,population_year
				%s,FI,Change test city register,1000,2020
				""".formatted(CITY)), false);
		List<ImportReport.FileReport> firstRuns = List.of(firstMembers, firstDiasporas, firstAgreements, firstCities);
		List<Object> createdFirst = firstRuns.stream()
			.map(run -> created(run.runId(), 10, null).field("importRun.facts.edges")
				.<List<Map<String, Map<String, Object>>>>getValue())
			.map(edges -> (Object) edges.stream()
				.map(edge -> edge.get("node").get("at") + " " + edge.get("node").get("fact")).toList())
			.toList();

		List<ImportChange> members = importFile(write("changes-members-2.csv", """
				member,country,network,since,role,source
				Hermosillo,MX,ICLEI,2013,founder,Change test member list
				"""), false).changes();
		List<ImportChange> diasporas = importFile(write("changes-diasporas-2.csv", """
				origin,destination,year,stock,source
				MX,FI,2019,1300,Change test diaspora figures
				"""), false).changes();
		List<ImportChange> agreements = importFile(write("changes-agreements-2.csv", """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url
				%s,convenio,municipal,Hermosillo,Oulu,FI,governmental,Agua|Turismo,2019-03-04,2024-01-31,ended,sí,Change test agreements,
				""".formatted(AGREEMENT)), false).changes();
		List<ImportChange> cities = importFile(write("changes-cities-2.csv", """
				name,country,source,names,population,population_year,latitude,longitude
				%s,FI,Change test city register,Cambios,1200,2020,60.5,24.25
				""".formatted(CITY)), false).changes();

		String memberSource = Sources.id("Change test member list");
		assertThat(createdFirst).as("the facts each first file created").containsExactly(
				List.of("changes-members-1.csv:2 membership of " + named("inegi:26030") + " in " + named("network:iclei")
						+ ", source " + memberSource),
				List.of("changes-diasporas-1.csv:2 diaspora figure of people born in Mexico living in Finland, 2019 "
						+ "(migrant-stock:" + Sources.id("Change test diaspora figures") + ":MX>FI:2019)"),
				List.of("changes-agreements-1.csv:2 agreement \"" + AGREEMENT + "\" ("
						+ AgreementWriter.id("inegi:26030", AGREEMENT, "2019-03-04") + ")"),
				List.of("changes-cities-1.csv:2 city " + CITY + " (city:fi:villa-del-registro-de-cambios)"));
		assertThat(firstRuns).as("the second files changed what the first created, which passed to them")
			.allSatisfy(run -> assertThat(created(run.runId(), 10, null).field("importRun.facts.totalCount")
				.toEntity(Integer.class)).isZero());
		var networks = GraphQlClients.overHttp(this.port)
			.document("{ city(id: \"inegi:26030\") { networks { source importRun { file } } } }").executeSync()
			.field("city.networks").<List<Map<String, Object>>>getValue();
		assertThat(networks).filteredOn(membership -> membership.get("source").equals(memberSource)).singleElement()
			.satisfies(membership -> assertThat(membership.get("importRun")).isEqualTo(Map.of("file", "changes-members-2.csv")));
		assertThat(members).extracting(ImportChange::toString).containsExactly(
				new ImportChange("changes-members-2.csv:2", "membership of " + named("inegi:26030") + " in "
						+ named("network:iclei") + ", source " + memberSource,
						"role", "member", "founder").toString(),
				new ImportChange("changes-members-2.csv:2", "membership of " + named("inegi:26030") + " in "
						+ named("network:iclei") + ", source " + memberSource,
						"since", "2012", "2013").toString());
		assertThat(diasporas).singleElement().satisfies(change -> {
			assertThat(change.at()).isEqualTo("changes-diasporas-2.csv:2");
			assertThat(change.fact()).startsWith("diaspora figure of people born in Mexico living in Finland, 2019 (");
			assertThat(List.of(change.property(), change.was(), change.now())).containsExactly("stock", "1234", "1300");
		});
		assertThat(agreements).allSatisfy(change -> assertThat(change.fact())
			.isEqualTo("agreement \"" + AGREEMENT + "\" (" + AgreementWriter.id("inegi:26030", AGREEMENT, "2019-03-04")
					+ ")"))
			.extracting(change -> change.property() + ": " + change.was() + " → " + change.now())
			.containsExactly("ended: null → 2024-01-31", "status: active → ended",
					"topics: topic:water → topic:water, topic:tourism");
		assertThat(cities).allSatisfy(change -> assertThat(change.fact()).startsWith("city " + CITY + " ("))
			.extracting(change -> change.property() + ": " + change.was() + " → " + change.now())
			.containsExactly("location: null → 60.5, 24.25", "names: null → Cambios", "population: 1000 → 1200");
	}

	@Test
	void theCommandLinePrintsWhatAnImportChangesALineAFact() throws IOException {
		Path original = write("changes-cli-1.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,2001,Change log command-line source,inegi:19039,geonames:2988507
				""");
		Path corrected = write("changes-cli-2.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b,status
				,,,,2002,Change log command-line source,inegi:19039,geonames:2988507,active
				""");
		importFile(original, false);

		Result dryRun = CommandLine.run("import", corrected.toString(), "--dry-run");

		assertThat(dryRun.status()).isZero();
		assertThat(dryRun.out()).contains("changes-cli-2.csv: sister-links, 1 row: 0 created, 1 updated, 0 unchanged (dry run")
			.contains("\n  changes-cli-2.csv:2: sister link " + named("geonames:2988507") + " – " + named("inegi:19039")
					+ ", source " + Sources.id("Change log command-line source")
					+ ": since 2001 → 2002; status (none) → active\n");
	}

	@Test
	void theCommandLineShowsTheFirstChangedFactsOfALargeCorrectionAndSaysWhereTheRestAre() throws IOException {
		String source = "Change log large correction source";
		StringBuilder original = new StringBuilder("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
		StringBuilder corrected = new StringBuilder(original);
		for (int n = 1; n <= Cli.CHANGED_FACTS_SHOWN + 3; n++) {
			String coahuila = String.format("inegi:05%03d", n);
			original.append(",,,,2001,").append(source).append(",inegi:19039,").append(coahuila).append('\n');
			corrected.append(",,,,2002,").append(source).append(",inegi:19039,").append(coahuila).append('\n');
		}
		importFile(write("changes-large-1.csv", original.toString()), false);
		Path correction = write("changes-large-2.csv", corrected.toString());

		Result dryRun = CommandLine.run("import", correction.toString(), "--dry-run");
		Result all = CommandLine.run("validate", correction.toString(), "--all-changes");
		Result written = CommandLine.run("import", correction.toString());

		assertThat(dryRun.status()).isZero();
		assertThat(dryRun.out().lines().filter(line -> line.contains("since 2001 → 2002"))).hasSize(Cli.CHANGED_FACTS_SHOWN);
		assertThat(dryRun.out()).contains("  … and 3 more changed facts: --all-changes prints them all\n");
		assertThat(all.out().lines().filter(line -> line.contains("since 2001 → 2002")))
			.hasSize(Cli.CHANGED_FACTS_SHOWN + 3);
		assertThat(all.out()).doesNotContain("more changed facts");
		String run = this.neo4j.query("MATCH (r:__ImportRun {file: 'changes-large-2.csv'}) RETURN r.id")
			.fetchAs(String.class).one().orElseThrow();
		assertThat(written.out()).contains("  … and 3 more changed facts: --all-changes prints them all, and GraphQL lists "
				+ "them as importRun(id: \"" + run + "\") { changes { … } }\n");
		assertThat(changes(run, 30, null).field("importRun.changes.totalCount").toEntity(Integer.class))
			.isEqualTo(Cli.CHANGED_FACTS_SHOWN + 3);
		this.neo4j.query("MATCH ()-[l:SISTER_CITY {source: $source}]->() DELETE l")
			.bind(Sources.id(source)).to("source").run();
	}

	@Test
	void aRunListsTheFactsItCreatedInRowOrderUntilALaterRunChangesThem() throws IOException {
		String source = "Created facts test source";
		ImportReport.FileReport first = importFile(write("created-1.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,2001,Created facts test source,inegi:19039,inegi:05001
				"""), false);
		StringBuilder rows = new StringBuilder("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
		rows.append(",,,,2002,").append(source).append(",inegi:19039,inegi:05001\n");
		for (int n = 2; n <= 11; n++) {
			rows.append(",,,,2001,").append(source).append(",inegi:19039,").append(String.format("inegi:05%03d", n)).append('\n');
		}
		ImportReport.FileReport second = importFile(write("created-2.csv", rows.toString()), false);

		ClientGraphQlResponse page = created(second.runId(), 4, null);
		ClientGraphQlResponse rest = created(second.runId(), 10,
				page.field("importRun.facts.pageInfo.endCursor").getValue());
		ClientGraphQlResponse firstBefore = created(first.runId(), 10, null);
		importFile(write("created-3.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,2003,Created facts test source,inegi:19039,inegi:05002
				"""), false);
		ClientGraphQlResponse secondAfter = created(second.runId(), 20, null);
		List<Map<String, Object>> runs = GraphQlClients.overHttp(this.port).document("""
				{ importRuns(first: 20, user: "change-test") { file facts: createdFacts { totalCount } } }""").executeSync()
			.field("importRuns").getValue();

		assertThat(page.field("importRun.created").toEntity(Integer.class)).isEqualTo(10);
		assertThat(page.field("importRun.facts.totalCount").toEntity(Integer.class)).isEqualTo(10);
		assertThat(page.field("importRun.facts.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.extracting(edge -> edge.get("node").get("at")).containsExactly("created-2.csv:3", "created-2.csv:4",
					"created-2.csv:5", "created-2.csv:6");
		assertThat(page.field("importRun.facts.edges[0].node.fact").<String>getValue()).isEqualTo("sister link "
				+ named("inegi:05002") + " – " + named("inegi:19039") + ", source " + Sources.id(source));
		assertThat(rest.field("importRun.facts.edges").<List<?>>getValue()).hasSize(6);
		assertThat(rest.field("importRun.facts.pageInfo.hasNextPage").<Boolean>getValue()).isFalse();
		assertThat(firstBefore.field("importRun.facts.totalCount").toEntity(Integer.class))
			.as("the first run's link, which the second changed, is the second's change").isZero();
		assertThat(secondAfter.field("importRun.facts.totalCount").toEntity(Integer.class)).isEqualTo(9);
		assertThat(runs).filteredOn(run -> run.get("file").toString().startsWith("created-"))
			.extracting(run -> run.get("file") + " " + ((Map<?, ?>) run.get("facts")).get("totalCount"))
			.containsExactly("created-3.csv 0", "created-2.csv 9", "created-1.csv 0");
		this.neo4j.query("MATCH ()-[l:SISTER_CITY {source: $source}]->() DELETE l")
			.bind(Sources.id(source)).to("source").run();
	}

	@AfterEach
	void removeTestFacts() {
		this.neo4j.query("MATCH (a:Agreement {title: $title}) DETACH DELETE a").bind(AGREEMENT).to("title").run();
		this.neo4j.query("""
				MATCH (c:City {name: $name})
				OPTIONAL MATCH (c)-[:HAS_OBSERVATION]->(o:Observation)
				DETACH DELETE c, o""").bind(CITY).to("name").run();
	}

	/** An entity as a change names it: its name and id. */
	private String named(String id) {
		return this.neo4j.query("MATCH (e:Entity {id: $id}) RETURN e.name").bind(id).to("id").fetchAs(String.class).one()
			.orElseThrow() + " (" + id + ")";
	}

	private ImportReport.FileReport importFile(Path file, boolean dryRun) {
		ImportReport report = this.importer.importFiles(List.of(file), null, dryRun, "change-test", (rows, total) -> {
		});
		assertThat(report.problems()).isEmpty();
		return report.files().getFirst();
	}

	private ClientGraphQlResponse created(String run, int first, String after) {
		return GraphQlClients.overHttp(this.port).documentName("importRunCreated").variable("id", run)
			.variable("first", first).variable("after", after).executeSync();
	}

	private ClientGraphQlResponse changes(String run, int first, String after) {
		return GraphQlClients.overHttp(this.port).documentName("importRunChanges").variable("id", run)
			.variable("first", first).variable("after", after).executeSync();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content);
	}

}
