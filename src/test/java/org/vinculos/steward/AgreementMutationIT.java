package org.vinculos.steward;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.importer.ImportService;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import org.vinculos.support.OneRowFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "vinculos.security.accounts=sam:STEWARD:{noop}sam-secret,ana:ANALYST:{noop}ana-secret")
class AgreementMutationIT {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ImportService importer;

	@Test
	void aStewardCreatesAnAgreementOnceAndUpdatesItWithASecondSource() {
		Map<String, Object> input = Map.of("title", "Convenio de prueba en materia de agua", "kind", "convenio",
				"mexicanParty", "inegi:14039", "counterparts", List.of("geonames:3094802"), "counterpartType", "governmental",
				"topics", List.of("Agua"), "signed", "2021-03-15", "source", "Agreement test: gaceta municipal",
				"sourceUrl", "https://example.org/gaceta");

		ClientGraphQlResponse created = steward("createAgreement", input);
		ClientGraphQlResponse again = steward("createAgreement", input);
		String id = created.field("createAgreement.agreement.id").getValue();
		ClientGraphQlResponse updated = steward("updateAgreement", Map.of("id", id, "status", "ended", "topics",
				List.of("topic:environment"), "source", "Agreement test: acta de cabildo"));
		ClientGraphQlResponse unchanged = steward("updateAgreement", Map.of("id", id, "status", "ended", "source",
				"Agreement test: acta de cabildo"));

		assertThat(created.field("createAgreement.outcome").<String>getValue()).isEqualTo("CREATED");
		Map<String, Object> agreement = created.field("createAgreement.agreement").getValue();
		assertThat(agreement).containsEntry("level", "municipal").containsEntry("counterpartCountry", "PL")
			.containsEntry("signed", "2021-03-15").containsEntry("topics", List.of("topic:water"));
		assertThat(again.field("createAgreement.errors").<List<Map<String, Object>>>getValue()).extracting(e -> e.get("code"))
			.containsExactly("DUPLICATE");
		assertThat(updated.field("updateAgreement.outcome").<String>getValue()).isEqualTo("UPDATED");
		assertThat(updated.field("updateAgreement.agreement.topics").<List<String>>getValue())
			.containsExactlyInAnyOrder("topic:water", "topic:environment");
		assertThat(updated.field("updateAgreement.agreement.sources").<List<String>>getValue()).hasSize(2);
		assertThat(updated.field("updateAgreement.agreement.importRun").<Map<String, Object>>getValue())
			.isEqualTo(Map.of("file", "graphql:updateAgreement", "user", "sam"));
		assertThat(unchanged.getErrors()).isEmpty();
		assertThat(unchanged.field("updateAgreement.outcome").<String>getValue()).isEqualTo("UNCHANGED");
		var listed = GraphQlClients.overHttp(this.port)
			.document("{ agreements(filter: {party: \"inegi:14039\", area: \"topic:water\"}) { totalCount } }").executeSync();
		assertThat(listed.field("agreements.totalCount").<Integer>getValue()).isEqualTo(1);
		var runs = GraphQlClients.overHttp(this.port).document("""
				{ importRuns(file: "graphql:updateAgreement", first: 100) {
				    changes { edges { node { at fact property was now } } } } }""").executeSync()
			.field("importRuns").<List<Map<String, Map<String, List<Map<String, Map<String, String>>>>>>>getValue();
		assertThat(runs).flatExtracting(run -> run.get("changes").get("edges")).map(edge -> edge.get("node"))
			.filteredOn(change -> change.get("fact").endsWith("(" + id + ")"))
			.extracting(change -> change.get("at") + " " + change.get("property") + ": " + change.get("was") + " → "
					+ change.get("now"))
			.containsExactly("graphql:updateAgreement status: null → ended",
					"graphql:updateAgreement topics: topic:water → topic:environment, topic:water");
	}

	@Test
	void aBadAgreementIsAListOfTypedErrorsAndNothingIsWritten() {
		long before = this.neo4j.query("MATCH (a:Agreement) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();

		ClientGraphQlResponse response = steward("createAgreement", Map.of("title", " ", "mexicanParty", "geonames:3094802",
				"counterparts", List.of("nowhere:1"), "topics", List.of("knitting"), "signed", "2021", "source", "Test"));

		assertThat(response.field("createAgreement.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code"))
			.containsExactly("title INVALID", "mexicanParty NOT_FOUND", "counterparts[0] NOT_FOUND", "signed INVALID",
					"topics[0] INVALID");
		assertThat(this.neo4j.query("MATCH (a:Agreement) RETURN count(a)").fetchAs(Long.class).one()).contains(before);
	}

	@Test
	void anAgreementCannotEndBeforeItWasSignedNorOnADayTheCalendarLacks() {
		ClientGraphQlResponse created = steward("createAgreement", Map.of("title", "Convenio de prueba de fechas",
				"mexicanParty", "inegi:26030", "counterparts", List.of("geonames:643492"), "signed", "2016-03-01", "source",
				"Agreement dates test"));
		String id = created.field("createAgreement.agreement.id").getValue();

		ClientGraphQlResponse backwards = steward("createAgreement", Map.of("title", "Convenio de prueba al revés",
				"mexicanParty", "inegi:26030", "counterparts", List.of("geonames:643492"), "signed", "2016-03-01", "ended",
				"2015-12-31", "source", "Agreement dates test"));
		ClientGraphQlResponse endedEarly = steward("updateAgreement", Map.of("id", id, "ended", "2016-02-29", "source",
				"Agreement dates test"));
		ClientGraphQlResponse noSuchDay = steward("updateAgreement", Map.of("id", id, "ended", "2017-02-29", "source",
				"Agreement dates test"));

		assertThat(created.field("createAgreement.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(List.of(backwards.field("createAgreement.errors").<List<Map<String, Object>>>getValue(),
				endedEarly.field("updateAgreement.errors").<List<Map<String, Object>>>getValue(),
				noSuchDay.field("updateAgreement.errors").<List<Map<String, Object>>>getValue()))
			.flatExtracting(errors -> errors.stream().map(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message")).toList())
			.containsExactly("ended INVALID: ended (2015-12-31) is before signed (2016-03-01)",
					"ended INVALID: ended (2016-02-29) is before signed (2016-03-01)",
					"ended INVALID: ended 2017-02-29 is no calendar date: February 2017 has 28 days");
		assertThat(this.neo4j.query("MATCH (a:Agreement {title: 'Convenio de prueba al revés'}) RETURN count(a)")
			.fetchAs(Long.class).one()).contains(0L);
		assertThat(this.neo4j.query("MATCH (a:Agreement {id: $id}) RETURN a.ended IS NULL").bind(id).to("id")
			.fetchAs(Boolean.class).one()).contains(true);
	}

	@Test
	void theSameMistakesInAFileRowGetTheSameCodesAndMessagesAtTheColumnsOfTheFields(@TempDir Path directory)
			throws IOException {
		Map<String, Object> wrong = new HashMap<>(Map.of("title", " ", "mexicanParty", "inegi:26030", "counterparts",
				List.of("geonames:643492"), "counterpartType", "alien", "signed", "2021", "status", "dormant", "source", " ",
				"sourceUrl", "ftp://example.org/convenio"));

		List<String> errors = OneRowFile.errors(steward("createAgreement", wrong).field("createAgreement.errors").getValue());
		List<String> problems = OneRowFile.problems(this.importer, directory, "agreements.csv",
				"title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,"
						+ "registered,source,source_url,mexican_party_id,counterpart_id",
				" ,convenio,municipal,,,,alien,,2021,,dormant,, ,ftp://example.org/convenio,inegi:26030,geonames:643492",
				List.of("title", "kind", "level", "mexican_party", "counterpart", "counterpart_country", "counterpartType",
						"areas", "signed", "ended", "status", "registered", "source", "sourceUrl", "mexican_party_id",
						"counterpart_id"));

		assertThat(errors).hasSize(6);
		assertThat(problems).containsExactlyInAnyOrderElementsOf(errors);
	}

	private ClientGraphQlResponse steward(String mutation, Map<String, Object> input) {
		return GraphQlClients.overHttp(this.port, "sam", "sam-secret").documentName(mutation).variable("input", input)
			.executeSync();
	}

}
