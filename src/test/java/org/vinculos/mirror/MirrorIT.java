package org.vinculos.mirror;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.graphql.Cursors;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class MirrorIT {

	@LocalServerPort
	int port;

	@Test
	void sanDiegoIsAmongTijuanasFirstMirrorsAcrossTheBorderAndSaysWhy() {
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:02004", "limit", 5));

		assertThat(matches).hasSize(5);
		Map<String, Object> first = matches.stream().filter(m -> city(m).get("name").equals("San Diego")).findFirst()
			.orElseThrow();
		assertThat(dimension(first, "geography").get("detail")).asString()
			.contains("border yes (13.7 km from Imperial Beach (US))").contains("climate BSk vs BSk").contains("seaport yes")
			.as("the climates stand for latitude and altitude").doesNotContain("latitude");
		assertThat(dimension(first, "size").get("detail")).asString().as("Natural Earth's agglomerations on both sides")
			.startsWith("metropolitan 1.55 M vs 2.92 M");
		assertThat(dimension(first, "economy").get("detail")).asString().startsWith("GDP per person (PPP, ");
	}

	@Test
	void theSameMatchesSayWhyInSpanishWhenAsked() {
		List<Map<String, Object>> english = mirrors(Map.of("cityId", "inegi:02004", "limit", 5));
		List<Map<String, Object>> spanish = mirrors(Map.of("cityId", "inegi:02004", "limit", 5, "language", "ES"));

		assertThat(spanish).extracting(m -> city(m).get("id")).isEqualTo(english.stream().map(m -> city(m).get("id")).toList());
		Map<String, Object> sanDiego = spanish.stream().filter(m -> city(m).get("name").equals("San Diego")).findFirst()
			.orElseThrow();
		assertThat(dimension(sanDiego, "geography").get("detail")).asString()
			.contains("frontera sí (a 13.7 km de Imperial Beach (US))").contains("clima BSk frente a BSk")
			.contains("puerto marítimo sí");
		assertThat(dimension(sanDiego, "size").get("detail")).asString().startsWith("zona metropolitana 1.55 M frente a 2.92 M");
		assertThat(dimension(sanDiego, "economy").get("detail")).asString().startsWith("PIB por persona (PPA, ");
		assertThat(spanish).flatExtracting(MirrorIT::dimensions).extracting(d -> (String) d.get("detail"))
			.allSatisfy(detail -> assertThat(detail).doesNotContain(" vs ").doesNotContain("shared"));
	}

	@Test
	void matchesAreForeignSortedAndScoredWithinTheirCoverage() {
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:14039"));

		assertThat(matches).hasSize(10);
		assertThat(matches).extracting(m -> (Object) ((Map<?, ?>) city(m).get("country")).get("id")).doesNotContain("MX");
		assertThat(matches).extracting(m -> ((Number) m.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		for (Map<String, Object> match : matches) {
			double score = ((Number) match.get("score")).doubleValue();
			double coverage = ((Number) match.get("coverage")).doubleValue();
			assertThat(score).isBetween(0.0, coverage);
			List<Map<String, Object>> dimensions = dimensions(match);
			assertThat(dimensions).extracting(d -> d.get("name"))
				.containsExactly("size", "economy", "geography", "challenges", "international");
			double weighted = dimensions.stream().mapToDouble(d -> number(d, "weight") * number(d, "coverage")
					* ((d.get("score") != null) ? number(d, "score") : 0)).sum();
			double total = dimensions.stream().mapToDouble(d -> number(d, "weight")).sum();
			assertThat(score).isCloseTo(weighted / total, within(0.001));
		}
	}

	@Test
	void aDimensionWithoutDataOnBothSidesHasNoScoreAndLowersCoverage() {
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:11027", "limit", 20));

		assertThat(matches).flatExtracting(MirrorIT::dimensions).filteredOn(d -> d.get("score") == null).isNotEmpty()
			.allSatisfy(d -> assertThat(number(d, "coverage")).isZero());
		assertThat(matches).allSatisfy(m -> assertThat(number(m, "coverage")).isLessThan(1.0));
	}

	@Test
	void countriesRestrictTheMatchesAndMayIncludeTheCitysOwnCountry() {
		List<Map<String, Object>> inMexicoAndTheUs = mirrors(Map.of("cityId", "inegi:14039", "countries", List.of("mx", "US"),
				"limit", 20));

		assertThat(inMexicoAndTheUs).extracting(m -> (Object) ((Map<?, ?>) city(m).get("country")).get("id"))
			.isSubsetOf("MX", "US").contains("MX");
		assertThat(inMexicoAndTheUs).extracting(m -> (Object) city(m).get("id")).doesNotContain("inegi:14039");
		Map<String, Object> domestic = inMexicoAndTheUs.stream()
			.filter(m -> ((Map<?, ?>) city(m).get("country")).get("id").equals("MX")).findFirst().orElseThrow();
		assertThat(dimension(domestic, "economy").get("detail")).asString().contains("state sector mix");
	}

	@Test
	void excludedCountriesAndTheMinimumPopulationAreHonoured() {
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:09", "excludeCountries", List.of("CO", "PE"),
				"minPopulation", 5_000_000, "limit", 10));

		assertThat(matches).isNotEmpty();
		assertThat(matches).extracting(m -> (Object) ((Map<?, ?>) city(m).get("country")).get("id")).doesNotContain("CO", "PE", "MX");
		assertThat(matches).extracting(m -> ((Number) ((Map<?, ?>) city(m).get("population")).get("value")).longValue())
			.allSatisfy(population -> assertThat(population).isGreaterThanOrEqualTo(5_000_000L));
	}

	@Test
	void weightsReorderTheMatchesAndAreReportedOnEachDimension() {
		Map<String, Object> sizeOnly = Map.of("size", 1.0, "economy", 0.0, "geography", 0.0, "challenges", 0.0,
				"international", 0.0);
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:14039", "weights", sizeOnly, "limit", 5));

		assertThat(matches).allSatisfy(m -> {
			assertThat(number(dimension(m, "size"), "weight")).isEqualTo(1.0);
			assertThat(number(m, "score")).isEqualTo(number(dimension(m, "size"), "score"));
			assertThat(number(m, "coverage")).isEqualTo(1.0);
		});
	}

	@Test
	void theFormerNameOfTheChallengesWeightStillWeighsThem() {
		Map<String, Object> challengesOnly = Map.of("size", 0.0, "economy", 0.0, "geography", 0.0, "international", 0.0);
		Map<String, Object> byOldName = new HashMap<>(challengesOnly);
		byOldName.put("topics", 2.0);
		Map<String, Object> byNewName = new HashMap<>(challengesOnly);
		byNewName.put("challenges", 2.0);

		List<Map<String, Object>> old = mirrors(Map.of("cityId", "inegi:09", "weights", byOldName, "limit", 3));
		assertThat(old).extracting(m -> number(dimension(m, "challenges"), "weight")).containsOnly(2.0);
		assertThat(old).isEqualTo(mirrors(Map.of("cityId", "inegi:09", "weights", byNewName, "limit", 3)));
	}

	@Test
	void theIndexListsTheCountrysCitiesOverTheThresholdMostPopulousFirstWithTheirMirrorsAndProfile() {
		ClientGraphQlResponse first = index(Map.of("first", 20));
		assertThat(first.getErrors()).isEmpty();
		assertThat(first.field("mirrorIndex.totalCount").<Integer>getValue()).isGreaterThanOrEqualTo(220);
		List<Map<String, Object>> edges = first.field("mirrorIndex.edges").getValue();
		assertThat(edges).hasSize(20);
		assertThat(edges).extracting(e -> ((Number) population(e)).longValue()).isSortedAccordingTo((a, b) -> Long.compare(b, a))
			.allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(100_000L));
		Map<String, Object> mexicoCity = node(edges.getFirst());
		assertThat(city(mexicoCity)).containsEntry("id", "inegi:09");
		assertThat((List<?>) mexicoCity.get("mirrors")).hasSize(5);
		@SuppressWarnings("unchecked")
		Map<String, Object> profile = (Map<String, Object>) mexicoCity.get("profile");
		assertThat(profile).containsEntry("climate", "Cwb").containsEntry("gdpScope", "CITY").containsEntry("airport", "MEX");
		assertThat(edges).extracting(e -> city(node(e)).get("id")).doesNotContain("inegi:09015")
			.as("alcaldías are part of Mexico City, which stands for them");

		String after = first.field("mirrorIndex.pageInfo.endCursor").getValue();
		ClientGraphQlResponse second = index(Map.of("first", 20, "after", after, "mirrorsPerCity", 2));
		List<Map<String, Object>> next = second.field("mirrorIndex.edges").getValue();
		assertThat(next).hasSize(20).allSatisfy(e -> assertThat((List<?>) node(e).get("mirrors")).hasSize(2));
		assertThat(((Number) population(next.getFirst())).longValue())
			.isLessThanOrEqualTo(((Number) population(edges.getLast())).longValue());
	}

	@Test
	void aCursorPastTheLastCityGivesAnEmptyPage() {
		ClientGraphQlResponse response = index(Map.of("after", Cursors.of(Integer.MAX_VALUE - 1)));

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("mirrorIndex.edges").<List<?>>getValue()).isEmpty();
		assertThat(response.field("mirrorIndex.pageInfo.hasNextPage").<Boolean>getValue()).isFalse();
	}

	@Test
	void theIndexRejectsBadArgumentsNamingThem() {
		assertThat(index(Map.of("mirrorsPerCity", 0)).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("'mirrorsPerCity'"));
		assertThat(index(Map.of("first", 101)).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("'first'"));
		assertThat(index(Map.of("country", "Mexico")).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("'country'"));
	}

	@Test
	void theIndexDownloadsAsCsvAndJson() {
		RestClient http = RestClient.create("http://localhost:" + this.port);
		String csv = http.get().uri("/export/mirror-index?format=csv&mirrorsPerCity=3").retrieve().body(String.class);
		List<String> lines = csv.lines().toList();
		assertThat(lines.getFirst()).startsWith("city_id,city,population,agglomeration,gdp_per_capita_ppp,gdp_scope");
		assertThat(lines).hasSizeGreaterThanOrEqualTo(1 + 220 * 3);
		assertThat(lines.get(1)).startsWith("inegi:09,Ciudad de México,");
		List<Map<String, Object>> json = http.get().uri("/export/mirror-index?format=json&minPopulation=1000000").retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
		assertThat(json).isNotEmpty().allSatisfy(entry -> assertThat(entry).containsKeys("city", "profile", "mirrors"));
		String spanish = http.get().uri("/export/mirror-index?format=csv&mirrorsPerCity=3&language=es").retrieve()
			.body(String.class);
		assertThat(spanish.lines()).hasSameSizeAs(lines);
		assertThat(spanish).contains("ciudades hermanas").doesNotContain("sister cities");
		int badLanguage = http.get().uri("/export/mirror-index?format=csv&language=fr")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(badLanguage).isEqualTo(400);
		int status = http.get().uri("/export/mirror-index?format=xml")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(400);
	}

	private ClientGraphQlResponse index(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).document("""
				query ($country: String! = "MX", $first: Int, $after: String, $mirrorsPerCity: Int) {
				  mirrorIndex(country: $country, first: $first, after: $after, mirrorsPerCity: $mirrorsPerCity) {
				    totalCount pageInfo { endCursor hasNextPage }
				    edges { node {
				      city { id name population { value } }
				      profile { population agglomeration gdpPerCapitaPpp gdpScope climate seaport airport networks sisterCities }
				      mirrors { city { id } score }
				    } }
				  }
				}""").variables(new HashMap<>(variables)).executeSync();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

	private static Object population(Map<String, Object> edge) {
		return ((Map<?, ?>) city(node(edge)).get("population")).get("value");
	}

	@Test
	void anUnknownCityHasNoMirrorsAndNoError() {
		ClientGraphQlResponse response = execute(Map.of("cityId", "inegi:99999"));

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("mirrorCities").<List<?>>getValue()).isEmpty();
	}

	@Test
	void badArgumentsAreBadRequestsNamingTheArgument() {
		assertBadRequest(Map.of("cityId", "inegi:14039", "limit", 101), "limit");
		assertBadRequest(Map.of("cityId", "inegi:14039", "countries", List.of("Mexico")), "countries");
		assertBadRequest(Map.of("cityId", "inegi:14039", "weights", Map.of("size", -1.0)), "weights.size");
		assertBadRequest(Map.of("cityId", "inegi:14039", "weights", Map.of("size", 1e308, "geography", 1e308)),
				"weights.size");
		assertBadRequest(Map.of("cityId", "inegi:14039", "weights", Map.of("size", 0.0, "economy", 0.0, "geography", 0.0,
				"challenges", 0.0, "international", 0.0)), "weights");
	}

	private void assertBadRequest(Map<String, Object> variables, String argument) {
		assertThat(execute(variables).getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getPath()).isEqualTo("mirrorCities");
		});
	}

	private List<Map<String, Object>> mirrors(Map<String, Object> variables) {
		ClientGraphQlResponse response = execute(variables);
		assertThat(response.getErrors()).isEmpty();
		return response.field("mirrorCities").getValue();
	}

	private ClientGraphQlResponse execute(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).documentName("mirrorCities").variables(new HashMap<>(variables))
			.executeSync();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> city(Map<String, Object> match) {
		return (Map<String, Object>) match.get("city");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> dimensions(Map<String, Object> match) {
		return (List<Map<String, Object>>) match.get("dimensions");
	}

	private static Map<String, Object> dimension(Map<String, Object> match, String name) {
		return dimensions(match).stream().filter(d -> d.get("name").equals(name)).findFirst().orElseThrow();
	}

	private static double number(Map<String, ?> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}

}
