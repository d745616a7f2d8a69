package org.vinculos.city;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.database.GraphChanged;
import org.vinculos.support.CountingStatements;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import org.vinculos.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a read costs the database, counted at the driver: statements, explicit transactions and sessions. A read runs
 * auto-commit statements (no BEGIN, no COMMIT), as many as the levels of its query that the store must be asked about,
 * never as many as the items in its answer.
 */
@IntegrationTest
@Import(CountingStatements.class)
class ReadCostIT {

	private static final String CITY_WITH_SISTERS = """
			query ($name: String!, $country: String!) {
			  city(name: $name, country: $country) {
			    name country { id name } population { value }
			    sisterCities { city { name country { id name } population { value } } }
			  }
			}""";

	private static final String SISTERS_OF_SISTERS = """
			query ($id: ID!) { city(id: $id) { name sisterCities { city { name sisterCities { city { name } } } } } }""";

	private static final String PAGE_WITH_SISTER_IDS = """
			query ($first: Int) {
			  cities(filter: { country: "DE" }, orderBy: POPULATION_DESC, first: $first) {
			    edges { node { name population { value } sisterCities { city { id } } } }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter counter;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aCityByNameWithItsSisterCitiesIsOneStatementWithoutATransactionWhateverTheNumberOfSisters() {
		Cost kyiv = cost(CITY_WITH_SISTERS, Map.of("name", "Kyiv", "country", "UA"), "city.sisterCities", 42);
		Cost lebedyn = cost(CITY_WITH_SISTERS, Map.of("name", "Lebedyn", "country", "UA"), "city.sisterCities", 2);

		assertThat(kyiv).isEqualTo(lebedyn);
		assertThat(kyiv.statements()).isEqualTo(1);
		assertThat(kyiv.transactions()).isZero();
	}

	@Test
	void eachLevelOfSisterCitiesIsOneStatement() {
		Cost cost = cost(SISTERS_OF_SISTERS, Map.of("id", "inegi:09"), "city.sisterCities", 15);

		assertThat(cost.statements()).isEqualTo(2);
		assertThat(cost.transactions()).isZero();
	}

	@Test
	void aPageOf100CitiesWithTheirSisterCitiesCostsWhatAPageOf5Costs() {
		Cost hundred = cost(PAGE_WITH_SISTER_IDS, Map.of("first", 100), "cities.edges", 100);
		Cost five = cost(PAGE_WITH_SISTER_IDS, Map.of("first", 5), "cities.edges", 5);

		assertThat(hundred).isEqualTo(five);
		assertThat(hundred.statements()).isEqualTo(1);
		assertThat(hundred.transactions()).isZero();
	}

	@Test
	void everyFactBeyondACitysRecordIsOneStatementForAWholePageWhicheverOfThemAreAsked() {
		String page = """
				query ($first: Int) {
				  cities(filter: { country: "MX" }, first: $first) {
				    edges { node { name agglomeration { value } climate { code } seaport { name } airport { iataCode }
				                   coastal { coastal } wikidataId gdpPerCapitaPpp { value } countryGdpPerCapitaPpp { value } } }
				  }
				}""";
		Cost hundred = cost(page, Map.of("first", 100), "cities.edges", 100);
		Cost five = cost(page, Map.of("first", 5), "cities.edges", 5);

		assertThat(hundred).isEqualTo(five);
		assertThat(hundred.statements()).isEqualTo(2);
		assertThat(hundred.transactions()).isZero();
	}

	@Test
	void aWarmMirrorQueryOrIndexPageReadsOnlyTheRecordsOfTheCitiesItReturnsUntilTheGraphChanges() {
		String mirrors = "{ mirrorCities(cityId: \"inegi:19039\") { city { name } score dimensions { name detail } } }";
		String index = "{ mirrorIndex(first: 20) { edges { node { city { name } mirrors { city { name } score } } } } }";
		cost(mirrors, Map.of(), "mirrorCities", 10);
		cost(index, Map.of(), "mirrorIndex.edges", 20);

		assertThat(cost(mirrors, Map.of(), "mirrorCities", 10).statements()).as("the mirrors' records").isEqualTo(1);
		assertThat(cost(index, Map.of(), "mirrorIndex.edges", 20).statements()).as("the page's and mirrors' records")
			.isEqualTo(1);

		this.events.publishEvent(new GraphChanged());
		assertThat(cost(mirrors, Map.of(), "mirrorCities", 10).statements()).as("the profiles read again").isGreaterThan(1);
	}

	@Test
	void aWarmPartnerQueryReadsOnlyTheRecordsOfTheCitiesItSuggestsWhateverItsTopicsUntilTheGraphChanges() {
		String plain = "{ partnerSuggestions(cityId: \"inegi:19039\", limit: 50) { city { name country { id } } score "
				+ "reasons { kind weight share detail evidence } } }";
		String onTopics = "{ partnerSuggestions(cityId: \"inegi:14039\", topics: [\"topic:trade-promotion\"], countries: [\"US\"]) "
				+ "{ city { name } reasons { kind evidence } } }";
		cost(plain, Map.of(), "partnerSuggestions", 50);

		assertThat(cost(plain, Map.of(), "partnerSuggestions", 50).statements()).as("the suggestions' records").isEqualTo(1);
		assertThat(cost(onTopics, Map.of(), "partnerSuggestions", 10).statements()).as("the topics and the records")
			.isEqualTo(2);

		this.events.publishEvent(new GraphChanged());
		assertThat(cost(plain, Map.of(), "partnerSuggestions", 50).statements()).as("the graph read again").isGreaterThan(1);
	}

	@Test
	void aGraphOfDepthTwoIsOneStatementForItsCentresAndOneAHop() {
		Cost cost = cost("{ graph(centerIds: [\"inegi:09\"], depth: 2, limit: 500) { nodes { id } edges { source target type } } }",
				Map.of(), "graph.nodes", 500);

		assertThat(cost.statements()).isEqualTo(3);
		assertThat(cost.transactions()).isZero();
	}

	@Test
	void twoSelectionsOfOneCitysSisterCitiesEachGetTheFieldsTheyAsk() {
		ClientGraphQlResponse response = GraphQlClients.overHttp(this.port).document("""
				{ city(id: "inegi:14039") {
				    ids: sisterCities { city { id } }
				    named: sisterCities { since city { name population { value } } }
				} }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Map<String, Object>>> named = response.field("city.named").getValue();
		assertThat(named).hasSizeGreaterThan(10)
			.allSatisfy(link -> assertThat(link.get("city")).containsKey("name").containsKey("population"));
		assertThat(named).extracting(link -> link.get("city").get("name")).contains("Kyoto", "Curitiba");
		assertThat(response.field("city.ids").<List<?>>getValue()).hasSameSizeAs(named);
	}

	@Test
	void aDrawingExportIsTwoStatementsWithoutATransactionWhateverItsSizeAndAQueryByGetCostsWhatAPostDoes()
			throws Exception {
		Cost small = export("[\"inegi:14039\", \"network:c40\"]");
		Cost large = export("[\"inegi:14039\", \"network:c40\", \"MX-14\", \"MX\", \"inegi:09\", \"MX-09\"]");
		Cost post = cost(CITY_WITH_SISTERS, Map.of("name", "Kyiv", "country", "UA"), "city.sisterCities", 42);
		this.counter.reset();
		HttpResponse<String> byGet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
				+ this.port + "/graphql?query=" + URLEncoder.encode(CITY_WITH_SISTERS, StandardCharsets.UTF_8)
				+ "&variables=" + URLEncoder.encode("{\"name\": \"Kyiv\", \"country\": \"UA\"}", StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Cost get = new Cost(this.counter.statements(), this.counter.transactions(), this.counter.sessions());

		assertThat(small).isEqualTo(large);
		assertThat(small.statements()).isEqualTo(2);
		assertThat(small.transactions()).isZero();
		assertThat(byGet.statusCode()).isEqualTo(200);
		assertThat(get).isEqualTo(post);
	}

	private Cost export(String ids) throws Exception {
		this.counter.reset();
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
				+ this.port + "/export"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"format\": \"cyjs\", \"ids\": " + ids + "}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return new Cost(this.counter.statements(), this.counter.transactions(), this.counter.sessions());
	}

	private Cost cost(String document, Map<String, Object> variables, String listPath, int size) {
		var request = GraphQlClients.overHttp(this.port).document(document).variables(variables);
		this.counter.reset();
		ClientGraphQlResponse response = request.executeSync();
		Cost cost = new Cost(this.counter.statements(), this.counter.transactions(), this.counter.sessions());
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field(listPath).<List<?>>getValue()).as(listPath).hasSize(size);
		return cost;
	}

	private record Cost(int statements, int transactions, int sessions) {
	}

}
