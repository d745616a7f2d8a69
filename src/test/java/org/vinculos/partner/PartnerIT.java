package org.vinculos.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.database.GraphChanged;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class PartnerIT {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PartnerRepository repository;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void suggestionsAreNewForeignPartnersSortedByTheSumOfTheirReasons() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:14039"));

		assertThat(suggestions).hasSize(10);
		assertThat(suggestions).extracting(s -> (String) city(s).get("id")).doesNotContainAnyElementsOf(partnersOf("inegi:14039"))
			.doesNotContain("inegi:14039");
		assertThat(suggestions).extracting(s -> (Object) ((Map<?, ?>) city(s).get("country")).get("id")).doesNotContain("MX");
		assertThat(suggestions).extracting(s -> ((Number) s.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		for (Map<String, Object> suggestion : suggestions) {
			double sum = reasons(suggestion).stream().mapToDouble(r -> ((Number) r.get("weight")).doubleValue()).sum();
			assertThat(((Number) suggestion.get("score")).doubleValue()).isCloseTo(sum, within(0.001));
		}
	}

	@Test
	void aPartnerOfAPartnerNamesTheSisterCitiesItComesThrough() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:14039", "limit", 50));

		Map<String, Object> reason = suggestions.stream().flatMap(s -> reasons(s).stream())
			.filter(r -> r.get("kind").equals("PARTNER_OF_PARTNER")).findFirst().orElseThrow();
		assertThat(evidence(reason)).isNotEmpty();
		assertThat(partnersOf("inegi:14039")).containsAll(evidence(reason));
	}

	@Test
	void aMexicanCitysDiasporaInTheUnitedStatesIsAReasonWithItsSources() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:14039", "countries", List.of("us"),
				"limit", 20));

		assertThat(suggestions).isNotEmpty()
			.allSatisfy(s -> assertThat(((Map<?, ?>) city(s).get("country")).get("id")).isEqualTo("US"));
		Map<String, Object> diaspora = reasons(suggestions.getFirst()).stream()
			.filter(r -> r.get("kind").equals("DIASPORA")).findFirst().orElseThrow();
		assertThat(diaspora.get("detail")).asString().contains("people born in Mexico live in United States")
			.contains("of the remittances from the US to Mexico");
		assertThat(evidence(diaspora)).contains("diaspora:MX>US");
	}

	@Test
	void reasonsSaySpanishWithSpanishCountryNamesWhenAsked() {
		List<Map<String, Object>> english = suggestions(Map.of("cityId", "inegi:14039", "countries", List.of("us"),
				"limit", 20));
		List<Map<String, Object>> spanish = suggestions(Map.of("cityId", "inegi:14039", "countries", List.of("us"),
				"limit", 20, "language", "ES"));

		assertThat(spanish).extracting(s -> city(s).get("id")).isEqualTo(english.stream().map(s -> city(s).get("id")).toList());
		Map<String, Object> diaspora = reasons(spanish.getFirst()).stream()
			.filter(r -> r.get("kind").equals("DIASPORA")).findFirst().orElseThrow();
		assertThat(diaspora.get("detail")).asString().contains("personas nacidas en México viven en Estados Unidos")
			.contains("de las remesas de Estados Unidos a México");
		Map<String, Object> country = reasons(spanish.getFirst()).stream()
			.filter(r -> r.get("kind").equals("COUNTRY_PREFERENCE")).findFirst().orElseThrow();
		assertThat(country.get("detail")).asString().contains("hermanamientos de las ciudades de México")
			.endsWith("están en Estados Unidos");
		assertThat(spanish).flatExtracting(PartnerIT::reasons).extracting(r -> (String) r.get("detail"))
			.allSatisfy(detail -> assertThat(detail).isNotBlank().doesNotContain("sister cit").doesNotContain("people"));
	}

	@Test
	void networksRestrictTheCandidatesToTheirMembers() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:09", "networks", List.of("network:c40")));

		List<String> members = List.copyOf(this.neo4j.query(
				"MATCH (c)-[:MEMBER_OF]->(:Network {id: 'network:c40'}) RETURN c.id AS id").fetchAs(String.class).all());
		assertThat(suggestions).isNotEmpty();
		assertThat(suggestions).extracting(s -> (String) city(s).get("id")).allSatisfy(id -> assertThat(members).contains(id));
		assertThat(suggestions).allSatisfy(s -> assertThat(reasons(s)).extracting(r -> r.get("kind")).contains("SHARED_NETWORK"));
	}

	@Test
	void anAgreementOnTheTopicsAskedCountsInTheCandidatesTrackRecord() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:14039", "topics",
				List.of("Promoción al comercio"), "countries", List.of("US"), "limit", 100));

		Map<String, Object> mcAllen = suggestions.stream().filter(s -> city(s).get("name").equals("McAllen")).findFirst()
			.orElseThrow();
		Map<String, Object> record = reasons(mcAllen).stream().filter(r -> r.get("kind").equals("TRACK_RECORD")).findFirst()
			.orElseThrow();
		assertThat(evidence(record)).contains("agreement:qroo-mcallen");
		assertThat(record.get("detail")).asString().contains("1 agreements and 0 cooperations on the topics asked");
	}

	@Test
	void domesticCandidatesComeOnlyWhenAsked() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:14039", "includeDomestic", true,
				"limit", 100));

		assertThat(suggestions).extracting(s -> (Object) ((Map<?, ?>) city(s).get("country")).get("id")).contains("MX");
	}

	@Test
	void aboutSaysTheLearnedModelRanksAndWhatItsCrossValidationMeasured() {
		// Tests in other contexts may have written to the shared database without this context hearing of it.
		this.events.publishEvent(new GraphChanged());
		Map<String, Object> ranking = GraphQlClients.overHttp(this.port).documentName("partnerRanking").executeSync()
			.field("about.partnerRanking").getValue();

		// Other tests write to the shared database, so the data may no longer be the seed's.
		boolean same = this.repository.snapshot().checksum().equals(ranking.get("dataChecksum"));
		assertThat(ranking).containsEntry("mode", "LEARNED").containsEntry("model", "classpath:partner/partner-model-v1.json")
			.containsEntry("trainedOnThisData", same);
		assertThat((String) ranking.get("note")).startsWith(same ? "the model was trained on the data this server holds"
				: "the data changed since the model was trained");
		assertThat((String) ranking.get("dataChecksum")).startsWith("sha256:");
		Map<?, ?> metrics = (Map<?, ?>) ranking.get("metrics");
		assertThat(((Number) metrics.get("heldOut")).intValue()).isPositive();
		assertThat(((Number) metrics.get("hits10")).doubleValue())
			.isGreaterThan(((Number) metrics.get("adamicAdarHits10")).doubleValue());
	}

	@Test
	void eachLearnedReasonHasItsShareAndEvidenceThatNamesFactsInTheGraph() {
		List<Map<String, Object>> suggestions = suggestions(Map.of("cityId", "inegi:19039", "limit", 20));

		assertThat(suggestions).hasSize(20);
		for (Map<String, Object> suggestion : suggestions) {
			List<Map<String, Object>> reasons = reasons(suggestion);
			assertThat(reasons).extracting(r -> r.get("kind")).doesNotHaveDuplicates().doesNotContain("MIRROR");
			double positive = reasons.stream().mapToDouble(r -> ((Number) r.get("share")).doubleValue()).filter(v -> v > 0)
				.sum();
			assertThat(positive).isCloseTo(1, within(0.01));
			reasons.forEach(r -> assertThat(Math.signum(((Number) r.get("share")).doubleValue()))
				.isEqualTo(Math.signum(((Number) r.get("weight")).doubleValue())));
		}
		List<String> evidence = suggestions.stream().flatMap(s -> reasons(s).stream()).flatMap(r -> evidence(r).stream())
			.distinct().toList();
		assertThat(evidence).isNotEmpty();
		List<String> found = List.copyOf(this.neo4j.query("MATCH (n) WHERE n.id IN $ids RETURN n.id AS id")
			.bind(evidence).to("ids").fetchAs(String.class).all());
		assertThat(found).containsExactlyInAnyOrderElementsOf(evidence);
	}

	@Test
	void anUnknownCityHasNoSuggestionsAndNoError() {
		ClientGraphQlResponse response = execute(Map.of("cityId", "inegi:99999"));

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("partnerSuggestions").<List<?>>getValue()).isEmpty();
	}

	@Test
	void badArgumentsAreBadRequestsNamingTheArgument() {
		assertBadRequest(Map.of("cityId", "inegi:14039", "limit", 500), "limit");
		assertBadRequest(Map.of("cityId", "inegi:14039", "topics", List.of("knitting")), "topics");
		assertBadRequest(Map.of("cityId", "inegi:14039", "countries", List.of("USA")), "countries");
		assertBadRequest(Map.of("cityId", "inegi:14039", "networks", List.of("network:nope")), "networks");
		assertThat(execute(Map.of("cityId", "inegi:14039", "networks", List.of("C40"))).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo(
					"Argument 'networks': unknown network ids [C40]; the network named C40 has the id network:c40"));
	}

	private void assertBadRequest(Map<String, Object> variables, String argument) {
		assertThat(execute(variables).getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getPath()).isEqualTo("partnerSuggestions");
		});
	}

	private List<String> partnersOf(String id) {
		return List.copyOf(this.neo4j.query("MATCH (:Entity {id: $id})-[:SISTER_CITY]-(p) RETURN p.id AS id")
			.bind(id).to("id").fetchAs(String.class).all());
	}

	private List<Map<String, Object>> suggestions(Map<String, Object> variables) {
		ClientGraphQlResponse response = execute(variables);
		assertThat(response.getErrors()).isEmpty();
		return response.field("partnerSuggestions").getValue();
	}

	private ClientGraphQlResponse execute(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).documentName("partnerSuggestions").variables(new HashMap<>(variables))
			.executeSync();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> city(Map<String, Object> suggestion) {
		return (Map<String, Object>) suggestion.get("city");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> reasons(Map<String, Object> suggestion) {
		return (List<Map<String, Object>>) suggestion.get("reasons");
	}

	@SuppressWarnings("unchecked")
	private static List<String> evidence(Map<String, Object> reason) {
		return (List<String>) reason.get("evidence");
	}

}
