package org.vinculos.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.vinculos.csv.CsvReader;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The loaded seed, checked against the figures of its sources.
 */
@IntegrationTest
class SeedIT {

	private static final Path SHARED_DATA = Path.of("../shared/data");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	SeedLoader seedLoader;

	@Test
	void holdsAll32StatesAndAll2478MunicipalitiesWithTheir2020Population() {
		assertThat(count("MATCH (r:Region)-[:IN_COUNTRY]->(:Country {id: 'MX'}) RETURN count(r)")).isEqualTo(32);
		assertThat(count("MATCH (c:City) WHERE c.inegiCode =~ '\\\\d{5}' RETURN count(c)")).isEqualTo(2478);
		assertThat(count("MATCH (c:City) WHERE c.inegiCode =~ '\\\\d{5}' RETURN sum(c.population)")).isEqualTo(126_014_024L);
		assertThat(count("MATCH (c:City)-[:IN_REGION]->(:Region)-[:IN_COUNTRY]->(:Country {id: 'MX'}) "
				+ "WHERE c.inegiCode =~ '\\\\d{5}' RETURN count(c)")).isEqualTo(2478);
	}

	@Test
	void guadalajaraHasItsCensusPopulationAsACityValueAndAsAnObservationBesideTheProjections() {
		Map<String, Object> guadalajara = this.neo4j.query("MATCH (c:City {inegiCode: '14039'})-[:IN_REGION]->(r) "
				+ "RETURN c.name AS name, c.population AS population, c.populationYear AS year, r.name AS region, "
				+ "c.location IS NOT NULL AS located").fetch().one().orElseThrow();
		assertThat(guadalajara).containsEntry("name", "Guadalajara").containsEntry("population", 1_385_629L)
			.containsEntry("year", 2020L).containsEntry("region", "Jalisco").containsEntry("located", true);

		Collection<Map<String, Object>> observations = this.neo4j.query("""
				MATCH (:City {inegiCode: '14039'})-[:HAS_OBSERVATION]->(o:Observation {indicator: 'population', year: 2020})
				RETURN o.kind AS kind, o.value AS value, o.sources[0] AS source ORDER BY kind""").fetch().all();
		assertThat(observations).hasSize(3);
		assertThat(observations).anySatisfy(o -> assertThat(o).containsEntry("kind", "agglomeration")
			.containsEntry("source", "un-wup-naturalearth"));
		assertThat(observations).anySatisfy(o -> assertThat(o).containsEntry("kind", "census")
			.containsEntry("value", 1_385_629L).containsEntry("source", "inegi-municipios"));
		assertThat(observations).anySatisfy(o -> assertThat(o).containsEntry("kind", "projection")
			.containsEntry("source", "conapo-proyecciones"));
	}

	@Test
	void guadalajarasSisterCitiesAreThoseOfThePairsFileEachCitingItsLine() throws IOException {
		List<String> pairs = Files.readAllLines(SHARED_DATA.resolve("twinning/twin_cities_pairs.csv"), StandardCharsets.UTF_8);
		Collection<Map<String, Object>> links = this.neo4j.query("""
				MATCH (:City {inegiCode: '14039'})-[l:SISTER_CITY]-(other:City)
				RETURN other.name AS name, other.country AS country, l.sourceRef AS ref""").fetch().all();

		assertThat(links).hasSizeGreaterThanOrEqualTo(20);
		assertThat(links).extracting(l -> l.get("name") + "/" + l.get("country"))
			.contains("Kyoto/JP", "Curitiba/BR", "San Antonio/US");
		for (Map<String, Object> link : links) {
			String ref = (String) link.get("ref");
			assertThat(ref).startsWith("twinning/twin_cities_pairs.csv:");
			for (String line : ref.substring(ref.indexOf(':') + 1).split(",")) {
				assertThat(pairs.get(Integer.parseInt(line) - 1)).contains("Guadalajara,Mexico");
			}
		}
	}

	@Test
	void theBooksTwoAgreementTablesStandSideBySideAsDatedSnapshots() {
		assertThat(agreements("MX", "2025-01-01", "total")).isEqualTo(1350);
		assertThat(agreements("MX", "2025-01-01", "level:state")).isEqualTo(822);
		assertThat(agreements("MX", "2025-01-01", "level:municipal")).isEqualTo(528);
		assertThat(agreements("MX-14", "2025-01-01", "total")).isEqualTo(210);
		assertThat(agreements("MX-19", "2025-01-01", "total")).as("Nuevo León, OCR'd as \"Nuevo Leén\"").isEqualTo(68);
		assertThat(agreements("MX-28", "2025-01-01", "level:state")).as("Tamaulipas, OCR'd as \"0]\"").isZero();
		assertThat(agreements("MX", "2025-03-08", "total")).isEqualTo(1331);
		assertThat(agreements("MX-26", "2025-03-08", "total")).isEqualTo(77);
		String states = "MATCH (:Region)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'agreements', breakdown: 'total'}) "
				+ "WHERE o.date = date('2025-01-01') ";
		assertThat(count(states + "RETURN count(o)")).isEqualTo(32);
		assertThat(count(states + "RETURN sum(o.value)")).isEqualTo(1350);
	}

	@Test
	void networksHoldTheMembershipsTheSourcesState() {
		Collection<String> refugees = this.neo4j.query("MATCH (c:City)-[m:MEMBER_OF]->(:Network {id: 'network:conlosrefugiados'}) "
				+ "RETURN c.name + coalesce(' ' + m.since, '') AS member ORDER BY member").fetchAs(String.class).all();
		assertThat(refugees).containsExactly("Ciudad de México", "Saltillo 2018");
		assertThat(count("MATCH (n:Network) WHERE 'ConLosRefugiados' IN n.names RETURN count(n)")).isEqualTo(1);
		assertThat(this.neo4j.query("MATCH (:City {id: 'inegi:09'})-[m:MEMBER_OF]->(:Network {id: 'network:c40'}) "
				+ "RETURN m.source ORDER BY m.source").fetchAs(String.class).all())
			.as("one membership per source that states it")
			.containsExactly("cdp-citywide-2016", "cdp-citywide-2017", "cdp-disclosing-2018", "cdp-disclosing-2019",
					"cdp-disclosing-2020");
		assertThat(count("MATCH (c:City)-[:MEMBER_OF]->(:Network {id: 'network:eurocities'}) RETURN count(DISTINCT c)"))
			.isGreaterThan(150);
	}

	@Test
	void tijuanaAndSanDiegoAreTiedAcrossTheBorderAndNamedAsMirrors() {
		Map<String, Object> tie = this.neo4j.query("MATCH (:City {id: 'inegi:02004'})-[t:CROSS_BORDER]-(:City {name: 'San Diego', country: 'US'}) "
				+ "RETURN t.areas AS areas, t.sourceRef AS ref").fetch().one().orElseThrow();
		assertThat(tie.get("areas")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("urban planning");
		assertThat((String) tie.get("ref")).startsWith("004_5af33e2a59a5e08c.txt:34");
		assertThat(this.neo4j.query("MATCH (c:City)-[:NAMED_MIRROR]->(m:City) RETURN c.name + ' - ' + m.name AS pair ORDER BY pair")
			.fetchAs(String.class).all()).containsExactly("Ciudad de México - Madrid", "Guadalajara - Austin",
					"Monterrey - Houston", "Tijuana - San Diego");
	}

	@Test
	void theBooksBreakdownsMatchTheFiguresItGives() {
		assertThat(nationalAgreements("counterpart:")).containsExactlyInAnyOrderEntriesOf(Map.of("counterpart:governmental", 772L,
				"counterpart:international organization", 252L, "counterpart:NGO", 30L, "counterpart:private", 296L));
		assertThat(nationalAgreements("region:")).containsExactlyInAnyOrderEntriesOf(Map.of("region:North America", 389L,
				"region:Latin America and the Caribbean", 339L, "region:Europe", 243L, "region:Asia", 128L,
				"region:Africa and Oceania", 11L, "region:Global organizations", 240L));
		assertThat(nationalAgreements("term:")).containsEntry("term:1982-1988 Miguel de la Madrid", 4L)
			.containsEntry("term:2006-2012 Felipe Calderón", 449L).containsEntry("term:2024- Claudia Sheinbaum Pardo", 3L)
			.hasSize(8);
		assertThat(count("MATCH (:Region {id: 'MX-01'})-[:HAS_OBSERVATION]->(o:Observation {breakdown: 'counterpart:governmental'}) "
				+ "WHERE o.inferred RETURN o.value")).as("Aguascalientes' cell that OCR lost, inferred").isEqualTo(12);
		assertThat(this.neo4j.query("MATCH (:Region {id: 'MX-06'})-[:HAS_OBSERVATION]->(o:Observation "
				+ "{indicator: 'internationalization_score', year: 2020}) RETURN o.value").fetchAs(Double.class).one())
			.as("Colima 2020, OCR'd as \"240\"").contains(2.4);
		assertThat(count("MATCH (t:Topic) WHERE 'sre-2025-book' IN t.sources RETURN count(t)")).isEqualTo(10);
	}

	@Test
	void diasporasRemittancesAndStateEconomiesAreDatedObservations() {
		Map<String, Object> inUs = this.neo4j.query("MATCH (d:Diaspora {id: 'diaspora:MX>US'})-[:LIVES_IN]->(c:Country) "
				+ "RETURN d.stock AS stock, d.stockYear AS year, c.name AS country").fetch().one().orElseThrow();
		assertThat(inUs).containsEntry("year", 2019L).containsEntry("country", "United States");
		assertThat((Long) inUs.get("stock")).isGreaterThan(10_000_000L);
		assertThat(count("MATCH (:Diaspora {id: 'diaspora:MX>US'})-[:HAS_OBSERVATION]->(o) RETURN count(o)")).isEqualTo(7);

		assertThat(count("MATCH (:Region {id: 'US-TX'})-[:HAS_OBSERVATION]->(o {indicator: 'remittances_sent_to_mexico'}) "
				+ "RETURN count(o)")).isGreaterThan(40);
		assertThat(count("MATCH (:Region {id: 'MX-14'})-[:HAS_OBSERVATION]->(o {indicator: 'remittances_received'}) "
				+ "RETURN count(o)")).isGreaterThan(80);

		Double shares = this.neo4j.query("MATCH (:Region {id: 'MX-14'})-[:HAS_OBSERVATION]->(o {indicator: 'gdp_share'}) "
				+ "RETURN sum(o.value)").fetchAs(Double.class).one().orElseThrow();
		assertThat(shares).isCloseTo(1.0, offset(0.001));
	}

	@Test
	void statesHaveTheirMigrantOfficesAbroadAndTheirAgreementsWithOrganizations() {
		assertThat(this.neo4j.query("MATCH (o:Office)-[:OFFICE_OF]->(:Region {id: 'MX-11'}), (o)-[:LOCATED_IN]->(c:City) "
				+ "RETURN c.name ORDER BY c.name").fetchAs(String.class).all())
			.containsExactly("Atlanta", "Chicago", "Los Angeles", "San Antonio");
		assertThat(this.neo4j.query("MATCH (a:Agreement)-[:PARTY {role: 'mexican'}]->(:Region {id: 'MX-19'}), "
				+ "(a)-[:PARTY {role: 'counterpart'}]->(o:Organization) RETURN o.nameEs ORDER BY o.nameEs").fetchAs(String.class).all())
			.hasSize(4).anySatisfy(name -> assertThat(name).contains("ACNUR")).contains("UNICEF");
		assertThat(count("MATCH (a:Agreement {kind: 'hermanamiento'})-[:PARTY]->(c:City {name: 'McAllen'}) RETURN count(a)"))
			.isOne();
	}

	@Test
	void campechesProjectsPartnersAndSisterLinkAreInTheGraph() {
		assertThat(this.neo4j.query("MATCH (p:Project)-[:LED_BY]->(:Region {id: 'MX-04'}) OPTIONAL MATCH (p)-[:PARTNER]->(partner) "
				+ "OPTIONAL MATCH (p)-[:FUNDED_BY]->(funder) RETURN coalesce(partner.name, funder.nameEs) AS other ORDER BY other")
			.fetchAs(String.class).all()).containsExactly("France", "Huila Department", "Sociedad Alemana de Cooperación Internacional (GIZ)");
		assertThat(this.neo4j.query("MATCH (:City {id: 'inegi:04011'})-[l:SISTER_CITY]-(c:City) RETURN c.country + ' ' + l.source")
			.fetchAs(String.class).all()).contains("GT sre-2025-book");
		assertThat(count("MATCH (:Region {id: 'MX-04'})-[m:MEMBER_OF {since: 2015}]->(:Network {id: 'network:amaie'}) RETURN count(m)"))
			.isOne();
	}

	@Test
	void aHermanamientoMayJoinMoreThanTwoCitiesAndOfficesKeepTheirProfile() {
		assertThat(this.neo4j.query("MATCH (a:Agreement {id: 'agreement:cordobas-del-mundo'})-[:PARTY]->(c:City) "
				+ "RETURN c.name + ' ' + c.country AS party ORDER BY party").fetchAs(String.class).all())
			.containsExactly("Córdoba AR", "Córdoba ES", "Córdoba MX");
		Map<String, Object> ofai = this.neo4j.query("MATCH (o:Office {kind: 'international affairs office'})-[:OFFICE_OF]->"
				+ "(:Region {id: 'MX-22'}) RETURN o.founded AS founded, o.staff AS staff").fetch().one().orElseThrow();
		assertThat(ofai).containsEntry("founded", 1985L).containsEntry("staff", 5L);
	}

	@Test
	void theCaseStudiesActionsAbroadAndTheArticlesNationalFiguresAreSourced() {
		assertThat(this.neo4j.query("MATCH (:Region {id: 'MX-05'})-[a:ENGAGES_WITH {year: 2024}]->(c:City) "
				+ "WHERE c.country = 'US' RETURN c.name ORDER BY c.name").fetchAs(String.class).all())
			.containsExactly("Austin", "Dallas", "Fort Worth", "Houston", "San Antonio");
		assertThat(count("MATCH (:Country {id: 'MX'})-[:HAS_OBSERVATION]->(o {indicator: 'state_international_affairs_offices', "
				+ "year: 2010}) RETURN o.value")).isEqualTo(10);
		assertThat(count("MATCH (r:Region)-[:MEMBER_OF {role: 'founder', since: 2009}]->(:Network {id: 'network:amaie'}) "
				+ "RETURN count(r)")).isEqualTo(6);
		assertThat(count("MATCH (:Organization {id: 'org:simar-sureste'})-[c:COOPERATES_WITH]->(:Organization {id: 'org:ccpl'}) "
				+ "WHERE 'topic:waste' IN c.topics RETURN count(c)")).isOne();
	}

	@Test
	void bigCitiesOnBothSidesOfTheBorderHaveTheirAgglomerationAsNaturalEarthCountsItAndAClimateClass() throws IOException {
		Map<Long, JsonNode> places = new HashMap<>();
		for (String line : Files.readAllLines(SHARED_DATA.resolve("geography/naturalearth/ne_10m_populated_places.json"))) {
			if (line.startsWith("{ \"type\": \"Feature\"")) {
				JsonNode p = JSON.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line).get("properties");
				if (!p.get("GEONAMEID").isNull()) {
					places.put((long) p.get("GEONAMEID").asDouble(), p);
				}
			}
		}
		for (String city : List.of("inegi:19039", "inegi:14039", "inegi:09", "inegi:02004", "geonames:4699066",
				"geonames:4671654", "geonames:3117735", "geonames:5391811")) {
			Map<String, Object> facts = this.neo4j.query("""
					MATCH (c:City {id: $id})-[h:HAS_CLIMATE]->(z:ClimateZone)
					MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'population', kind: 'agglomeration'})
					WHERE o.year IS NULL
					RETURN c.geonamesId AS geonamesId, o.value AS value, o.sources[0] AS source, z.code AS climate,
					       h.source AS climateSource""").bind(city).to("id").fetch().one().orElseThrow();
			JsonNode place = places.get((Long) facts.get("geonamesId"));
			assertThat(facts).as(city).containsEntry("value", place.get("POP_MAX").asLong())
				.containsEntry("source", "naturalearth-places").containsEntry("climateSource", "koppen-kgc");
			assertThat((String) facts.get("climate")).as(city).matches("[ABCDE][a-zA-Z]{1,2}");
		}
		assertThat(this.neo4j.query("MATCH (:City {id: 'inegi:09'})-[:HAS_CLIMATE]->(z) RETURN z.code")
			.fetchAs(String.class).one()).as("Mexico City, as kgc's own example cities have it").contains("Cwb");
		assertThat(count("MATCH (c:City {id: 'inegi:19039'}) WHERE c.wikidataId = 'Q81033' RETURN count(c)")).isOne();
	}

	@Test
	void portCitiesHaveTheirSeaportAndCitiesTheirAirportWithItsIataCode() {
		for (String city : List.of("inegi:30193", "inegi:06007", "geonames:4699066")) {
			assertThat(count("MATCH (:City {id: $id})-[r:NEAR_SEAPORT]->(p:Seaport) WHERE r.km <= 25 RETURN count(p)", city))
				.as(city).isOne();
		}
		assertThat(this.neo4j.query("MATCH (:City {id: 'inegi:09'})-[:NEAR_AIRPORT]->(a:Airport) RETURN a.iataCode")
			.fetchAs(String.class).one()).contains("MEX");
		assertThat(count("MATCH (c:City {id: 'inegi:30193'}) WHERE c.coastal AND c.coastalBasis STARTS WITH 'coastal' "
				+ "RETURN count(c)")).as("Veracruz").isOne();
		assertThat(count("MATCH (c:City {id: 'inegi:09'}) WHERE NOT c.coastal RETURN count(c)")).as("Mexico City").isOne();
	}

	@Test
	void mexicanMunicipalitiesJoinedTheGlobalCovenantOfMayorsInTheYearsTheFileGives() {
		assertThat(count("""
				MATCH (c:City)-[m:MEMBER_OF {source: 'gcom-mexico'}]->(:Network {id: 'network:gcom'})
				WHERE c.country = 'MX' AND 2013 <= m.since <= 2023 RETURN count(DISTINCT c)""")).isGreaterThanOrEqualTo(130);
		assertThat(count("MATCH (:City {id: 'inegi:02004'})-[m:MEMBER_OF]->(:Network {id: 'network:gcom'}) "
				+ "WHERE m.since = 2023 RETURN count(m)")).as("Tijuana").isOne();
	}

	@Test
	void theEightMexicanCreativeCitiesAreMembersWithTheFieldTheUnescoListGives() throws IOException {
		Map<Integer, String> fields = new HashMap<>();
		try (var reader = CsvReader.open(Files.newBufferedReader(SHARED_DATA.resolve("networks/unesco_creative_cities/data.csv")),
				"data.csv")) {
			reader.forEachRemaining(row -> fields.put(row.line(), row.get("Category")));
		}
		for (String city : List.of("inegi:31050", "inegi:22014", "inegi:09", "inegi:16053", "inegi:14039", "inegi:21114",
				"inegi:02001", "inegi:07078")) {
			Map<String, Object> membership = this.neo4j.query("""
					MATCH (:City {id: $id})-[m:MEMBER_OF {source: 'unesco-creative-cities'}]->(:Network {id: 'network:unesco-creative-cities'})
					RETURN m.category AS category, m.sourceRef AS ref""").bind(city).to("id").fetch().one().orElseThrow();
			String ref = (String) membership.get("ref");
			assertThat(membership.get("category")).as(city)
				.isEqualTo(fields.get(Integer.valueOf(ref.substring(ref.lastIndexOf(':') + 1))));
		}
	}

	@Test
	void countriesCarryTheirEconomyByYearAndMexicanStatesTheirGdpPerPersonAtPpp() throws IOException {
		String mexico2024 = Files.readAllLines(SHARED_DATA.resolve("economy/worldbank_gdp_per_capita_ppp/data.csv")).stream()
			.filter(line -> line.startsWith("Mexico,MEX,2024,"))
			.findFirst()
			.orElseThrow();
		Double value = this.neo4j.query("MATCH (:Country {id: 'MX'})-[:HAS_OBSERVATION]->(o:Observation "
				+ "{indicator: 'gdp_per_capita_ppp', year: 2024}) RETURN o.value").fetchAs(Double.class).one().orElseThrow();
		assertThat(value).isCloseTo(Double.parseDouble(mexico2024.split(",")[3]), offset(0.01));
		for (String indicator : List.of("gdp", "population", "ppp_factor", "exchange_rate")) {
			assertThat(count("MATCH (:Country {id: 'MX'})-[:HAS_OBSERVATION]->(o:Observation {indicator: $id}) RETURN count(o)",
					indicator)).as(indicator).isGreaterThan(30);
		}
		assertThat(count("MATCH (r:Region)-[:IN_COUNTRY]->(:Country {id: 'MX'}) "
				+ "MATCH (r)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'}) "
				+ "WHERE o.note STARTS WITH 'derived' AND o.value > 0 RETURN count(DISTINCT r)")).isEqualTo(32);
		assertThat(count("MATCH (c:City)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'}) "
				+ "WHERE o.note STARTS WITH 'derived' RETURN count(DISTINCT c)")).as("CDP cities' own GDP, converted")
			.isGreaterThan(20);
	}

	@Test
	void networksCarryTheThemesTheirDescriptionsState() {
		assertThat(this.neo4j.query("""
				MATCH (n:Network)-[:HAS_THEME]->(:Topic {id: 'topic:climate-energy'}) RETURN DISTINCT n.id ORDER BY n.id""")
			.fetchAs(String.class).all()).contains("network:c40", "network:gcom");
		assertThat(this.neo4j.query("MATCH (:Network {id: 'network:c40'})-[r:HAS_THEME]->(:Topic {id: 'topic:climate-energy'}) "
				+ "RETURN r.source ORDER BY r.source").fetchAs(String.class).all())
			.as("two texts state it, side by side").containsExactly("cdp-disclosing-2018", "sre-2025-book");
		assertThat(count("MATCH (:Network {id: 'network:unesco-creative-cities'})-[:HAS_THEME]->"
				+ "(:Topic {id: 'topic:culture-creative-economy'}) RETURN count(*)")).isOne();
		assertThat(count("MATCH (:Network {id: 'network:conlosrefugiados'})-[:HAS_THEME]->"
				+ "(:Topic {id: 'topic:migration-refugees'}) RETURN count(*)")).isOne();
	}

	@Test
	void everyNodeAndRelationshipCitesAKnownSource() {
		assertThat(count("MATCH (s:Source) RETURN count(s)")).isGreaterThanOrEqualTo(8);
		assertThat(this.neo4j.query("""
				MATCH (n) WHERE NOT n:Source AND NOT any(l IN labels(n) WHERE l STARTS WITH '__')
				  AND (n.sources IS NULL OR size(n.sources) = 0 OR n.sourceRefs IS NULL
				       OR any(s IN n.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) }))
				RETURN labels(n) + [coalesce(n.id, elementId(n))] AS node LIMIT 10""").fetchAs(Object.class).all())
			.as("nodes without a known source").isEmpty();
		assertThat(this.neo4j.query("""
				MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l STARTS WITH '__')
				  AND (r.source IS NULL OR r.sourceRef IS NULL OR NOT EXISTS { MATCH (:Source {id: r.source}) })
				RETURN [a.id, type(r), b.id] AS relationship LIMIT 10""").fetchAs(Object.class).all())
			.as("relationships without a known source").isEmpty();
		assertThat(count("MATCH (s:Source) WHERE s.licence IS NULL OR s.retrieved IS NULL OR s.name IS NULL RETURN count(s)"))
			.isZero();
	}

	@Test
	void loadingTheSeedAgainChangesNothingButRemovesWhatAnOlderSeedWrote() {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		this.neo4j.query("CREATE (:Entity:City {id: 'test:stale', seed: 'an older seed', sources: ['inegi-municipios'], "
				+ "sourceRefs: ['x']}), (:Entity:City {id: 'test:imported', sources: ['inegi-municipios'], sourceRefs: ['x']})")
			.run();
		this.neo4j.query("MATCH (s:__Seed) SET s.checksum = 'forced reload'").run();

		this.seedLoader.populate();

		assertThat(count("MATCH (c:City {id: 'test:stale'}) RETURN count(c)")).as("written by an older seed").isZero();
		assertThat(count("MATCH (c:City {id: 'test:imported'}) RETURN count(c)")).as("written by an import").isOne();
		this.neo4j.query("MATCH (c:City {id: 'test:imported'}) DELETE c").run();
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	private long agreements(String subject, String date, String breakdown) {
		return this.neo4j.query("MATCH ({id: $subject})-[:HAS_OBSERVATION]->(o:Observation {indicator: 'agreements'}) "
				+ "WHERE o.date = date($date) AND o.breakdown = $breakdown RETURN o.value")
			.bindAll(Map.of("subject", subject, "date", date, "breakdown", breakdown))
			.fetchAs(Long.class).one().orElseThrow();
	}

	private Map<String, Long> nationalAgreements(String prefix) {
		Map<String, Long> values = new TreeMap<>();
		this.neo4j.query("MATCH (:Country {id: 'MX'})-[:HAS_OBSERVATION]->(o:Observation {indicator: 'agreements'}) "
				+ "WHERE o.breakdown STARTS WITH $prefix AND o.date = date('2025-01-01') RETURN o.breakdown AS k, o.value AS v")
			.bind(prefix).to("prefix").fetch().all()
			.forEach(row -> values.put((String) row.get("k"), (Long) row.get("v")));
		return values;
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private long count(String cypher, String id) {
		return this.neo4j.query(cypher).bind(id).to("id").fetchAs(Long.class).one().orElseThrow();
	}

}
