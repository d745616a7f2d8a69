package org.vinculos.city;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CityIT {

	@LocalServerPort
	int port;

	@Test
	void aCityByIdComesWithItsCountryRegionPopulationPlaceSisterCitiesAndNetworks() {
		var response = execute(Map.of("id", "inegi:14039"));

		assertThat(response.field("city.name").<String>getValue()).isEqualTo("Guadalajara");
		assertThat(response.field("city.country.name").<String>getValue()).isEqualTo("Mexico");
		assertThat(response.field("city.region.id").<String>getValue()).isEqualTo("MX-14");
		assertThat(response.field("city.population").<Map<String, Object>>getValue())
			.containsEntry("value", 1385629).containsEntry("year", 2020).containsEntry("source", "inegi-municipios");
		assertThat(response.field("city.location.lat").<Double>getValue()).isBetween(20.0, 21.0);
		List<Map<String, Object>> sisters = response.field("city.sisterCities").getValue();
		assertThat(sisters).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy(link -> assertThat((String) link.get("sourceRef")).startsWith("twinning/twin_cities_pairs.csv:"));
		assertThat(sisters).extracting(link -> (Object) ((Map<?, ?>) link.get("city")).get("name")).contains("Kyoto", "Curitiba");
	}

	@Test
	void aCityByNameAndCountryIsTheMostPopulousMatchAndAnyOfItsNamesWork() {
		var spain = execute(Map.of("name", "Guadalajara", "country", "es"));
		assertThat(spain.getErrors()).isEmpty();
		assertThat(spain.field("city.country.id").<String>getValue())
			.isEqualTo("ES");
		assertThat(execute(Map.of("name", "Mexico City", "country", "MX")).field("city.id").<String>getValue())
			.isEqualTo("inegi:09");
		var refugees = execute(Map.of("name", "Saltillo", "country", "MX", "region", "Coahuila"));
		assertThat(refugees.field("city.networks").<List<Map<String, Object>>>getValue())
			.anySatisfy(m -> assertThat(m).containsEntry("networkId", "network:conlosrefugiados").containsEntry("since", 2018));
	}

	@Test
	void aCityShowsTheOfficesInItTheAgreementsItIsPartyToAndItsObservations() {
		var response = GraphQlClients.overHttp(this.port).document("""
				{ la: city(id: "geonames:5368361") { offices { stateName kind source } }
				  mcallen: city(name: "McAllen", country: "US") { agreements { kind role parties source } }
				  gdl: city(id: "inegi:14039") { observations { indicator year value kind source } } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("la.offices").<List<Map<String, Object>>>getValue())
			.extracting(o -> (Object) o.get("stateName")).contains("Guanajuato", "Jalisco", "Oaxaca", "Puebla");
		assertThat(response.field("mcallen.agreements").<List<Map<String, Object>>>getValue()).singleElement()
			.satisfies(a -> assertThat(a).containsEntry("kind", "hermanamiento").containsEntry("role", "counterpart"));
		assertThat(response.field("gdl.observations").<List<Map<String, Object>>>getValue())
			.anySatisfy(o -> assertThat(o).containsEntry("year", 2020).containsEntry("kind", "census").containsEntry("value", 1385629.0))
			.anySatisfy(o -> assertThat(o).containsEntry("year", 2020).containsEntry("kind", "projection"));
	}

	@Test
	void aCityAnswersItsSizesClimateCoastTransportAndEconomyEachWithItsSource() {
		var response = GraphQlClients.overHttp(this.port).document("""
				fragment facts on City {
				  population { kind source }
				  agglomeration { value kind source sourceRef }
				  climate { code name source sourceRef }
				  seaport { name km source }
				  airport { iataCode type km source }
				  coastal { coastal basis sources }
				  wikidataId
				  gdpPerCapitaPpp { value year scope subjectId source }
				  countryGdpPerCapitaPpp { value year scope subjectId source }
				}
				{ monterrey: city(id: "inegi:19039") { ...facts }
				  veracruz: city(id: "inegi:30193") { ...facts }
				  houston: city(name: "Houston", country: "US") { ...facts }
				  cdmx: city(id: "inegi:09") { gdpPerCapitaPpp { scope subjectId } } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("monterrey.population").<Map<String, Object>>getValue()).containsEntry("kind", "CENSUS");
		assertThat(response.field("houston.population").<Map<String, Object>>getValue()).containsEntry("kind", "PLACE");
		for (String city : List.of("monterrey", "houston")) {
			assertThat(response.field(city + ".agglomeration").<Map<String, Object>>getValue()).as(city)
				.containsEntry("kind", "AGGLOMERATION").containsEntry("source", "naturalearth-places");
			assertThat((Integer) response.field(city + ".agglomeration.value").getValue()).as(city).isGreaterThan(3_000_000);
			assertThat(response.field(city + ".climate.source").<String>getValue()).isEqualTo("koppen-kgc");
			assertThat(response.field(city + ".airport.iataCode").<String>getValue()).as(city).isNotBlank();
			assertThat(response.field(city + ".countryGdpPerCapitaPpp").<Map<String, Object>>getValue()).as(city)
				.containsEntry("scope", "COUNTRY").containsEntry("source", "worldbank-gdp-per-capita-ppp");
		}
		assertThat(response.field("monterrey.wikidataId").<String>getValue()).isEqualTo("Q81033");
		assertThat(response.field("monterrey.gdpPerCapitaPpp").<Map<String, Object>>getValue())
			.containsEntry("scope", "STATE").containsEntry("subjectId", "MX-19");
		assertThat(response.field("monterrey.coastal.coastal").<Boolean>getValue()).isFalse();
		assertThat(response.field("veracruz.coastal.coastal").<Boolean>getValue()).isTrue();
		assertThat(response.field("veracruz.coastal.sources").<List<String>>getValue())
			.containsExactlyInAnyOrder("naturalearth-ports", "koppen-kgc");
		assertThat(response.field("houston.seaport.source").<String>getValue()).isEqualTo("naturalearth-ports");
		assertThat(response.field("houston.gdpPerCapitaPpp").<Object>getValue())
			.as("Houston's metropolitan GDP over its city population is left out, and US states have no figure").isNull();
		assertThat(response.field("cdmx.gdpPerCapitaPpp").<Map<String, Object>>getValue())
			.as("Mexico City's own GDP, disclosed to CDP, before its state's").containsEntry("scope", "CITY")
			.containsEntry("subjectId", "inegi:09");
	}

	@Test
	void anUnknownCityIsNullWithoutAnError() {
		var response = execute(Map.of("id", "inegi:99999"));

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("city").<Object>getValue()).isNull();
	}

	@Test
	void missingOrMalformedArgumentsAreBadRequestsThatNameTheArgument() {
		ResponseError missing = execute(Map.of("name", "Guadalajara")).getErrors().getFirst();
		assertThat(missing.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		assertThat(missing.getMessage()).contains("name and country");
		assertThat(missing.getPath()).isEqualTo("city");

		ResponseError malformed = execute(Map.of("name", "Guadalajara", "country", "Mexico")).getErrors().getFirst();
		assertThat(malformed.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		assertThat(malformed.getMessage()).contains("'country'").contains("ISO 3166-1 alpha-2");
	}

	@Test
	void countriesAndRegionsAnswerByCode() {
		var response = GraphQlClients.overHttp(this.port)
			.document("{ country(code: \"mx\") { id name nameEs } regions(country: \"MX\") { id name country { id } } }")
			.executeSync();

		assertThat(response.field("country.nameEs").<String>getValue()).isEqualTo("México");
		assertThat(response.field("regions").<List<?>>getValue()).hasSize(32);
	}

	@Test
	void aCityIsFoundByNameWithCaseAndAccentsFoldedButOnlyByAWholeName() {
		assertThat(execute(Map.of("name", "TONDER", "country", "DK")).field("city.name").<String>getValue())
			.isEqualTo("Tønder");
		assertThat(execute(Map.of("name", "queretaro", "country", "MX")).field("city.id").<String>getValue())
			.isEqualTo("inegi:22014");
		assertThat(execute(Map.of("name", "  Ciudad   de México ", "country", "MX")).field("city.id").<String>getValue())
			.isEqualTo("inegi:09");
		var partial = execute(Map.of("name", "de Querétaro", "country", "MX"));
		assertThat(partial.getErrors()).isEmpty();
		assertThat(partial.field("city").<Object>getValue()).isNull();
		assertThat(execute(Map.of("name", "\"*)(", "country", "MX")).field("city").<Object>getValue()).isNull();
	}

	private ClientGraphQlResponse execute(Map<String, Object> variables) {
		return GraphQlClients.overHttp(this.port).documentName("cityWithPartners").variables(variables).executeSync();
	}

}
