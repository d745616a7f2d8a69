package org.vinculos.mirror;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class MirrorIT {

	@LocalServerPort
	int port;

	@Test
	void tijuanasFirstMirrorIsSanDiegoAcrossTheBorder() {
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:02004", "limit", 5));

		assertThat(matches).hasSize(5);
		Map<String, Object> first = matches.getFirst();
		assertThat(city(first)).containsEntry("name", "San Diego");
		assertThat(dimension(first, "geography").get("detail")).asString()
			.contains("border yes (13.7 km from Imperial Beach (US))").contains("latitude 32.5° vs 32.7°");
		assertThat(dimension(first, "size").get("detail")).asString().startsWith("population 1.92 M vs 1.39 M");
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
				.containsExactly("size", "economy", "geography", "topics", "international");
			double weighted = dimensions.stream().mapToDouble(d -> number(d, "weight") * number(d, "coverage")
					* ((d.get("score") != null) ? number(d, "score") : 0)).sum();
			double total = dimensions.stream().mapToDouble(d -> number(d, "weight")).sum();
			assertThat(score).isCloseTo(weighted / total, within(0.001));
		}
	}

	@Test
	void aDimensionWithoutDataOnBothSidesHasNoScoreAndLowersCoverage() {
		Map<String, Object> first = mirrors(Map.of("cityId", "inegi:14039", "limit", 1)).getFirst();

		Map<String, Object> economy = dimension(first, "economy");
		assertThat(economy.get("score")).isNull();
		assertThat(number(economy, "coverage")).isZero();
		assertThat(number(first, "coverage")).isLessThan(1.0);
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
		Map<String, Object> sizeOnly = Map.of("size", 1.0, "economy", 0.0, "geography", 0.0, "topics", 0.0,
				"international", 0.0);
		List<Map<String, Object>> matches = mirrors(Map.of("cityId", "inegi:14039", "weights", sizeOnly, "limit", 5));

		assertThat(matches).allSatisfy(m -> {
			assertThat(number(dimension(m, "size"), "weight")).isEqualTo(1.0);
			assertThat(number(m, "score")).isEqualTo(number(dimension(m, "size"), "score"));
			assertThat(number(m, "coverage")).isEqualTo(1.0);
		});
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
				"topics", 0.0, "international", 0.0)), "weights");
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
