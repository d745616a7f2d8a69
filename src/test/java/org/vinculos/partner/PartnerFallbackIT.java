package org.vinculos.partner;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "vinculos.partner.model=classpath:partner/no-such-model.json")
class PartnerFallbackIT {

	@LocalServerPort
	int port;

	@Test
	void withoutAModelFileTheReasonedWeightsRankAndAboutSaysWhy() {
		Map<String, Object> ranking = GraphQlClients.overHttp(this.port).documentName("partnerRanking").executeSync()
			.field("about.partnerRanking").getValue();
		List<Map<String, Object>> suggestions = GraphQlClients.overHttp(this.port).documentName("partnerSuggestions")
			.variable("cityId", "inegi:14039").executeSync().field("partnerSuggestions").getValue();

		assertThat(ranking).containsEntry("mode", "REASONED").containsEntry("metrics", null);
		assertThat((String) ranking.get("note"))
			.isEqualTo("no model file at classpath:partner/no-such-model.json; train one with ./mvnw -Ptrain verify");
		assertThat(suggestions).hasSize(10).allSatisfy(s -> {
			assertThat(((Number) s.get("score")).doubleValue()).isBetween(0.0, 1.0);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> reasons = (List<Map<String, Object>>) s.get("reasons");
			assertThat(reasons).extracting(r -> r.get("kind")).allSatisfy(kind -> assertThat(ReasonKind.valueOf((String) kind)
				.defaultWeight()).isPositive());
		});
		List<Map<String, Object>> spanish = GraphQlClients.overHttp(this.port).documentName("partnerSuggestions")
			.variable("cityId", "inegi:14039").variable("language", "ES").executeSync().field("partnerSuggestions").getValue();
		assertThat(spanish).extracting(s -> s.get("city")).isEqualTo(suggestions.stream().map(s -> s.get("city")).toList());
		assertThat(spanish).flatExtracting(s -> (List<?>) s.get("reasons")).extracting(r -> (String) ((Map<?, ?>) r).get("detail"))
			.anySatisfy(detail -> assertThat(detail).contains("ciudades hermanas"))
			.allSatisfy(detail -> assertThat(detail).isNotBlank().doesNotContain("sister cit").doesNotContain("partner of"));
	}

}
