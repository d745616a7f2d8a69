package org.vinculos.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NetworkIT {

	@LocalServerPort
	int port;

	@Test
	void aNetworkIsFoundByAnyOfItsNamesWithItsSourcedMembers() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ network(name: "#ConLosRefugiados") { id name members { id name since source sourceRef } }
				  unhcr: organization(id: "org:unhcr") { nameEs kind } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("network.id").<String>getValue()).isEqualTo("network:conlosrefugiados");
		assertThat(response.field("network.members").<List<Map<String, Object>>>getValue())
			.extracting(m -> (Object) m.get("id")).containsExactly("inegi:09", "inegi:05030");
		assertThat(response.field("unhcr.kind").<String>getValue()).isEqualTo("international organization");
	}

	@Test
	void networksWithAMemberInMexicoIncludeC40AndAmaie() {
		var response = GraphQlClients.overHttp(this.port)
			.document("{ networks(memberCountry: \"MX\") { id members { id } } }").executeSync();

		assertThat(response.field("networks").<List<Map<String, Object>>>getValue()).extracting(n -> (Object) n.get("id"))
			.contains("network:c40", "network:amaie", "network:intercultural-cities");
	}

	@Test
	void networksNarrowByMemberAndByPartOfAName() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ ofMexicoCity: networks(member: "inegi:09") { id memberCount }
				  named: networks(name: "refugiados") { id memberCount } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("ofMexicoCity").<List<Map<String, Object>>>getValue()).extracting(n -> (Object) n.get("id"))
			.contains("network:c40", "network:conlosrefugiados");
		assertThat(response.field("named").<List<Map<String, Object>>>getValue()).singleElement()
			.satisfies(n -> assertThat(n).containsEntry("id", "network:conlosrefugiados").containsEntry("memberCount", 2));
	}

	@Test
	void networksNarrowByThemeInEitherLanguageAndAnswerTheirThemesWithTheirSources() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ climate: networks(theme: "topic:climate-energy") { id }
				  migracion: networks(theme: "migración") { id }
				  unesco: network(id: "network:unesco-creative-cities") {
				    themes { id name nameEs source sourceRef }
				    members { id category source }
				  } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("climate").<List<Map<String, Object>>>getValue()).extracting(n -> n.get("id"))
			.contains("network:c40", "network:gcom").doesNotContain("network:unesco-creative-cities");
		assertThat(response.field("migracion").<List<Map<String, Object>>>getValue()).extracting(n -> n.get("id"))
			.contains("network:conlosrefugiados", "network:mayors-migration-council");
		assertThat(response.field("unesco.themes").<List<Map<String, Object>>>getValue()).singleElement()
			.satisfies(theme -> assertThat(theme).containsEntry("id", "topic:culture-creative-economy")
				.containsEntry("source", "sre-2025-book"));
		assertThat(response.field("unesco.members").<List<Map<String, Object>>>getValue())
			.filteredOn(m -> "unesco-creative-cities".equals(m.get("source")))
			.hasSizeGreaterThan(250)
			.allSatisfy(m -> assertThat((String) m.get("category")).isIn("Design", "Gastronomy", "Music", "Literature",
					"Film", "Media Arts", "Crafts and Folk Art"));
	}

	@Test
	void aMemberCountryThatIsNotACountryCodeIsABadRequestNamingTheArgument() {
		var response = GraphQlClients.overHttp(this.port).document("{ networks(memberCountry: \"Mexico\") { id } }")
			.executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("memberCountry");
		});
	}

	@Test
	void aNetworkQueryWithoutIdOrNameIsABadRequest() {
		var response = GraphQlClients.overHttp(this.port).document("{ network { id } }").executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

}
