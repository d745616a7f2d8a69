package org.vinculos.steward;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
class DiasporaMutationIT {

	private static final String SOURCE = "Diaspora mutation test count";

	private static final String DIASPORA = "diaspora:inegi:14039>geonames:5368361";

	private static final String DOCUMENT = """
			mutation($input: RecordDiasporaFigureInput!) {
			  recordDiasporaFigure(input: $input) {
			    diaspora { id name stock stockYear importRun { changes { edges { node { property was now } } } } }
			    outcome
			    errors { field code message }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ImportService importer;

	@Test
	void aStewardRecordsAFigureOnceANewCountReplacesItAndTheLatestYearIsTheStock() {
		ClientGraphQlResponse created = record(figure(2023, 1000));
		ClientGraphQlResponse again = record(figure(2023, 1000));
		ClientGraphQlResponse recounted = record(figure(2023, 1200));
		ClientGraphQlResponse earlier = record(figure(2020, 900));

		assertThat(created.field("recordDiasporaFigure.errors").<List<?>>getValue()).isEmpty();
		assertThat(created.field("recordDiasporaFigure.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(created.field("recordDiasporaFigure.diaspora").<Map<String, Object>>getValue())
			.containsEntry("id", DIASPORA).containsEntry("name", "People born in Guadalajara living in Los Angeles")
			.containsEntry("stock", 1000).containsEntry("stockYear", 2023);
		assertThat(again.field("recordDiasporaFigure.outcome").<String>getValue()).isEqualTo("UNCHANGED");
		assertThat(recounted.field("recordDiasporaFigure.outcome").<String>getValue()).isEqualTo("UPDATED");
		assertThat(recounted.field("recordDiasporaFigure.diaspora.importRun.changes.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.extracting(edge -> edge.get("node").get("property") + " " + edge.get("node").get("was") + " → "
					+ edge.get("node").get("now"))
			.containsExactly("stock 1000 → 1200");
		assertThat(earlier.field("recordDiasporaFigure.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(earlier.field("recordDiasporaFigure.diaspora").<Map<String, Object>>getValue())
			.containsEntry("stock", 1200).containsEntry("stockYear", 2023);
		assertThat(this.neo4j.query("""
				MATCH (:Diaspora {id: $id})-[:HAS_OBSERVATION]->(o:Observation)
				RETURN o.year + ': ' + o.value + ' (' + o.sourceRefs[0] + ')' ORDER BY o.year""").bind(DIASPORA).to("id")
			.fetchAs(String.class).all())
			.containsExactly("2020: 900 (graphql:recordDiasporaFigure)", "2023: 1200 (graphql:recordDiasporaFigure)");
	}

	@Test
	void aFigureOfUnknownOrEqualPlacesOrOutOfRangeIsRefusedFieldByFieldAndAnAnalystWith403() throws Exception {
		Map<String, Object> wrong = new HashMap<>(figure(1700, -5));
		wrong.put("origin", "XX");
		wrong.put("destination", "xx");
		wrong.put("source", " ");
		Map<String, Object> same = new HashMap<>(figure(2023, 10));
		same.put("destination", "inegi:14039");

		ClientGraphQlResponse refused = record(wrong);
		ClientGraphQlResponse itself = record(same);
		HttpResponse<String> analyst = GraphQlClients.post(this.port, "ana", "ana-secret", DOCUMENT,
				Map.of("input", figure(2023, 10)));

		assertThat(refused.field("recordDiasporaFigure.diaspora").<Object>getValue()).isNull();
		assertThat(refused.field("recordDiasporaFigure.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message")).containsExactly(
					"origin NOT_FOUND: no country, state or city has the id XX",
					"destination NOT_FOUND: no country, state or city has the id XX",
					"destination INVALID: a diaspora lives outside its origin",
					"year INVALID: year 1700 is out of range (1800 to next year)",
					"stock INVALID: stock must be a whole number of people, got: -5",
					"source INVALID: source is required: who states the fact (a document, a registry, a URL)");
		assertThat(itself.field("recordDiasporaFigure.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("destination INVALID");
		assertThat(analyst.statusCode()).isEqualTo(403);
		assertThat(this.neo4j.query("MATCH (d:Diaspora {id: $id}) RETURN count(d)").bind(DIASPORA).to("id")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void theSameMistakesInAFileRowGetTheSameCodesAndMessagesAtTheColumnsOfTheFields(@TempDir Path directory)
			throws IOException {
		Map<String, Object> wrong = new HashMap<>(figure(1700, -5));
		wrong.put("origin", "XX");
		wrong.put("source", " ");
		wrong.put("sourceUrl", "ftp://example.org/count");

		List<String> errors = OneRowFile.errors(record(wrong).field("recordDiasporaFigure.errors").getValue());
		List<String> problems = OneRowFile.problems(this.importer, directory, "diasporas.csv",
				"origin,destination,year,stock,source,source_url", "XX,geonames:5368361,1700,-5, ,ftp://example.org/count",
				List.of("origin", "destination", "year", "stock", "source", "sourceUrl"));

		assertThat(errors).hasSize(5);
		assertThat(problems).containsExactlyInAnyOrderElementsOf(errors);
	}

	@AfterEach
	void removeTestFacts() {
		this.neo4j.query("""
				MATCH (d:Diaspora {id: $id})
				OPTIONAL MATCH (d)-[:HAS_OBSERVATION]->(o:Observation)
				DETACH DELETE d, o""").bind(DIASPORA).to("id").run();
	}

	private static Map<String, Object> figure(int year, int stock) {
		return Map.of("origin", "inegi:14039", "destination", "geonames:5368361", "year", year, "stock", stock,
				"source", SOURCE);
	}

	private ClientGraphQlResponse record(Map<String, Object> input) {
		return GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(DOCUMENT).variable("input", input)
			.executeSync();
	}

}
