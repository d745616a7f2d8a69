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
class CityMutationIT {

	private static final String NAME = "Villa de Correcciones";

	private static final String ID = "city:mx-14:villa-de-correcciones";

	private static final String DOCUMENT = """
			mutation($input: RecordCityInput!) {
			  recordCity(input: $input) {
			    city { id name names kind region { id } population { value year } location { lat lon }
			           importRun { changes { edges { node { property was now } } } } }
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
	void aStewardRecordsANewCityThenAddsToItAsACitiesFileWould() {
		Map<String, Object> city = new HashMap<>(Map.of("name", NAME, "country", "mx", "region", "MX-14", "kind",
				"municipio", "population", 1234, "populationYear", 2020, "latitude", 20.5, "longitude", -103.25,
				"source", "City mutation test census"));

		ClientGraphQlResponse created = record(city);
		ClientGraphQlResponse again = record(city);
		city.put("names", List.of("Correcciones"));
		city.put("population", 1500);
		city.put("populationYear", 2024);
		ClientGraphQlResponse updated = record(city);

		assertThat(created.field("recordCity.errors").<List<?>>getValue()).isEmpty();
		assertThat(created.field("recordCity.outcome").<String>getValue()).isEqualTo("CREATED");
		assertThat(created.field("recordCity.city").<Map<String, Object>>getValue()).containsEntry("id", ID)
			.containsEntry("kind", "municipio").containsEntry("region", Map.of("id", "MX-14"))
			.containsEntry("population", Map.of("value", 1234, "year", 2020))
			.containsEntry("location", Map.of("lat", 20.5, "lon", -103.25));
		assertThat(again.field("recordCity.outcome").<String>getValue()).isEqualTo("UNCHANGED");
		assertThat(updated.field("recordCity.outcome").<String>getValue()).isEqualTo("UPDATED");
		assertThat(updated.field("recordCity.city.names").<List<String>>getValue()).containsExactly("Correcciones");
		assertThat(updated.field("recordCity.city.population").<Map<String, Object>>getValue())
			.isEqualTo(Map.of("value", 1500, "year", 2024));
		assertThat(updated.field("recordCity.city.importRun.changes.edges").<List<Map<String, Map<String, Object>>>>getValue())
			.extracting(edge -> edge.get("node").get("property") + ": " + edge.get("node").get("was") + " → "
					+ edge.get("node").get("now"))
			.containsExactly("names: null → Correcciones", "population: null → 1500");
		assertThat(this.neo4j.query("MATCH (c:City {id: $id}) UNWIND c.sourceRefs AS ref RETURN ref").bind(ID).to("id")
			.fetchAs(String.class).all()).containsExactly("graphql:recordCity");
	}

	@Test
	void aCityThatContradictsItsSourceOrIsMalformedIsRefusedFieldByFieldAndAnAnalystWith403() throws Exception {
		Map<String, Object> wrong = new HashMap<>(Map.of("name", NAME, "country", "ZZ", "region", "MX-99", "kind", "town",
				"population", 1000, "latitude", 20.5, "source", "City mutation test census", "names", List.of("A|B")));
		Map<String, Object> malformed = new HashMap<>(wrong);
		malformed.remove("names");
		Map<String, Object> contradiction = Map.of("id", "inegi:14039", "name", "Guadalajara", "country", "MX", "region",
				"MX-19", "source", "City mutation test census");

		ClientGraphQlResponse pipe = record(wrong);
		ClientGraphQlResponse refused = record(malformed);
		ClientGraphQlResponse contradicted = record(contradiction);
		ClientGraphQlResponse broken = record(Map.of("name", "Villa\nRota", "country", "MX", "source", "City mutation test"));
		HttpResponse<String> analyst = GraphQlClients.post(this.port, "ana", "ana-secret", DOCUMENT,
				Map.of("input", Map.of("name", NAME, "country", "MX", "source", "City mutation test census")));

		assertThat(pipe.field("recordCity.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code")).as("a name holding | is one more mistake, told with the others")
			.containsExactly("country INVALID", "region NOT_FOUND", "kind INVALID", "names INVALID", "populationYear INVALID",
					"longitude INVALID");
		assertThat(refused.field("recordCity.city").<Object>getValue()).isNull();
		assertThat(refused.field("recordCity.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message")).containsExactly(
					"country INVALID: country must be the ISO 3166-1 alpha-2 code of a country, such as MX, got: ZZ",
					"region NOT_FOUND: no state or region has the id MX-99 (ids such as MX-14)",
					"kind INVALID: kind must be one of city, municipio, alcaldía, got: town",
					"populationYear INVALID: population and populationYear go together",
					"longitude INVALID: latitude and longitude go together");
		assertThat(contradicted.field("recordCity.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("region INVALID");
		assertThat(broken.field("recordCity.errors").<List<Map<String, Object>>>getValue())
			.extracting(e -> e.get("field") + " " + e.get("code") + ": " + e.get("message"))
			.containsExactly("name INVALID: a name is one line, got: Villa\\nRota");
		assertThat(analyst.statusCode()).isEqualTo(403);
		assertThat(this.neo4j.query("MATCH (c:City {id: $id}) RETURN count(c)").bind(ID).to("id").fetchAs(Long.class).one())
			.contains(0L);
	}

	@Test
	void theSameMistakesInAFileRowGetTheSameCodesAndMessagesAtTheColumnsOfTheFields(@TempDir Path directory)
			throws IOException {
		Map<String, Object> wrong = Map.of("name", NAME, "country", "ZZ", "region", "MX-99", "kind", "town", "population", -4,
				"populationYear", 1700, "latitude", 95.5, "longitude", 10.0, "source", " ", "sourceUrl", "ftp://example.org/censo");

		List<String> errors = OneRowFile.errors(record(wrong).field("recordCity.errors").getValue());
		List<String> problems = OneRowFile.problems(this.importer, directory, "cities.csv",
				"name,country,region,kind,population,population_year,latitude,longitude,source,source_url",
				NAME + ",ZZ,MX-99,town,-4,1700,95.5,10.0, ,ftp://example.org/censo", List.of("name", "country", "region", "kind",
						"population", "populationYear", "latitude", "longitude", "source", "sourceUrl"));

		assertThat(errors).hasSize(8);
		assertThat(problems).containsExactlyInAnyOrderElementsOf(errors);
	}

	@AfterEach
	void removeTestCity() {
		this.neo4j.query("""
				MATCH (c:City {id: $id})
				OPTIONAL MATCH (c)-[:HAS_OBSERVATION]->(o:Observation)
				DETACH DELETE c, o""").bind(ID).to("id").run();
	}

	private ClientGraphQlResponse record(Map<String, Object> input) {
		return GraphQlClients.overHttp(this.port, "sam", "sam-secret").document(DOCUMENT).variable("input", input)
			.executeSync();
	}

}
