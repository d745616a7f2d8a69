package org.vinculos.mirror;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.vinculos.database.Reads;

import org.springframework.stereotype.Repository;

/**
 * Reads the profiles of every city at once, for {@link MirrorProfiles} to hold: one statement for the cities, and one
 * each for what cities share (their regions' economies, their countries' GDP, their networks' themes).
 */
@Repository
class MirrorRepository {

	private final Reads reads;

	MirrorRepository(Reads reads) {
		this.reads = reads;
	}

	/** Every city's profile, with its region's sectors and GDP and its country's GDP filled in. */
	List<CityProfile> profiles() {
		Map<String, Map<String, CityProfile.Sector>> sectors = new HashMap<>();
		for (Record r : this.reads.list("""
				MATCH (r:Region)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_share'})
				RETURN r.id AS region, o.breakdown AS code, o.label AS label, o.value AS share, o.year AS year""", Map.of(),
				r -> r)) {
			CityProfile.Sector sector = new CityProfile.Sector(r.get("label").asString(r.get("code").asString()),
					r.get("share").asDouble(), r.get("year").asInt());
			sectors.computeIfAbsent(r.get("region").asString(), k -> new HashMap<>())
				.merge(r.get("code").asString(), sector, (a, b) -> (a.year() >= b.year()) ? a : b);
		}
		Map<String, CityProfile.Figure> gdp = new HashMap<>();
		for (Record r : this.reads.list("""
				MATCH (s:Entity)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'})
				WHERE s:Region OR s:Country
				WITH s, o ORDER BY o.year DESC
				WITH s, collect(o)[0] AS o
				RETURN s.id AS id, o.value AS value, o.year AS year""", Map.of(), r -> r)) {
			gdp.put(r.get("id").asString(), new CityProfile.Figure(r.get("value").asDouble(), r.get("year").asInt()));
		}
		Map<String, Set<String>> themes = new HashMap<>();
		for (Record r : this.reads.list("MATCH (n:Network)-[:HAS_THEME]->(t:Topic) RETURN n.id AS network, t.id AS theme",
				Map.of(), r -> r)) {
			themes.computeIfAbsent(r.get("network").asString(), k -> new LinkedHashSet<>()).add(r.get("theme").asString());
		}
		return this.reads.list("""
				MATCH (c:City)
				OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
				RETURN c.id AS id, c.name AS name, c.country AS country, c.kind AS kind,
				       EXISTS { (c)-[:PART_OF]->(:City) } AS partOf, c.population AS population,
				       c.location.latitude AS latitude, c.dem AS dem, c.borderKm AS borderKm, c.borderPlace AS borderPlace,
				       c.capital AS capital, r.id AS region,
				       COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'population'})
				                 WHERE o.kind = 'agglomeration' AND o.year IS NULL RETURN o.value }[0] AS agglomeration,
				       COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'population'})
				                 WHERE o.year IN [2010, 2025] AND (o.kind = 'agglomeration' OR o.kind = 'projection')
				                 RETURN [o.kind, o.year, o.value] } AS series,
				       COLLECT { MATCH (c)-[:HAS_CLIMATE]->(z:ClimateZone) RETURN z.code }[0] AS climate,
				       COLLECT { MATCH (c)-[:NEAR_SEAPORT]->(p) RETURN p.name }[0] AS seaport,
				       COLLECT { MATCH (c)-[:NEAR_AIRPORT]->(a) RETURN a.iataCode }[0] AS airport,
				       COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'avg_temperature'})
				                 RETURN o.value ORDER BY o.year DESC }[0] AS temperature,
				       COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'})
				                 RETURN [o.value, o.year] ORDER BY o.year DESC }[0] AS gdp,
				       COLLECT { MATCH (c)<-[:PARTY]-(:Agreement)-[:COVERS]->(t:Topic) RETURN t.id AS topic
				                 UNION MATCH (c)-[w:COOPERATES_WITH]-() UNWIND coalesce(w.topics, []) AS topic RETURN topic
				       } AS topics,
				       COLLECT { MATCH (c)-[:MEMBER_OF]->(n:Network) RETURN DISTINCT n.id } AS networks,
				       COLLECT { MATCH (c)-[:SISTER_CITY]-(o:City) RETURN o.country } AS partnerCountries""", Map.of(),
				r -> profile(r, sectors, gdp, themes));
	}

	private static CityProfile profile(Record r, Map<String, Map<String, CityProfile.Sector>> sectors,
			Map<String, CityProfile.Figure> gdp, Map<String, Set<String>> themesOfNetworks) {
		Map<String, Integer> partnerCountries = new HashMap<>();
		for (Value country : r.get("partnerCountries").values()) {
			partnerCountries.merge(country.asString(), 1, Integer::sum);
		}
		String region = r.get("region").asString(null);
		Set<String> networks = new LinkedHashSet<>(r.get("networks").asList(Value::asString));
		Set<String> themes = new LinkedHashSet<>();
		networks.forEach(n -> themes.addAll(themesOfNetworks.getOrDefault(n, Set.of())));
		Value own = r.get("gdp");
		CityProfile.Gdp figures = new CityProfile.Gdp(
				own.isNull() ? null : new CityProfile.Figure(own.get(0).asDouble(), own.get(1).asInt()),
				(region != null) ? gdp.get(region) : null, gdp.get(r.get("country").asString()));
		return new CityProfile(r.get("id").asString(), r.get("name").asString(), r.get("country").asString(),
				r.get("kind").asString(null), r.get("partOf").asBoolean(),
				r.get("population").isNull() ? null : r.get("population").asLong(),
				r.get("agglomeration").isNull() ? null : r.get("agglomeration").asLong(), growth(r.get("series")),
				r.get("latitude").isNull() ? null : r.get("latitude").asDouble(),
				r.get("dem").isNull() ? null : r.get("dem").asInt(),
				r.get("borderKm").isNull() ? null : r.get("borderKm").asDouble(), r.get("borderPlace").asString(null),
				r.get("capital").asString(null), r.get("climate").asString(null), r.get("seaport").asString(null),
				r.get("airport").asString(null), r.get("temperature").isNull() ? null : r.get("temperature").asDouble(),
				figures, region, (region != null) ? sectors.getOrDefault(region, Map.of()) : Map.of(),
				new LinkedHashSet<>(r.get("topics").asList(Value::asString)), themes, networks,
				r.get("partnerCountries").size(), partnerCountries);
	}

	/**
	 * The yearly growth from 2010 to 2025 of the UN agglomeration series where the city has it, else of CONAPO's
	 * projections for the municipality; null when neither has both years.
	 */
	private static CityProfile.@Nullable Growth growth(Value series) {
		Map<String, Map<Integer, Double>> byKind = new HashMap<>();
		for (Value point : series.values()) {
			byKind.computeIfAbsent(point.get(0).asString(), k -> new HashMap<>()).put(point.get(1).asInt(),
					point.get(2).asDouble());
		}
		for (String kind : List.of("agglomeration", "projection")) {
			Map<Integer, Double> values = byKind.getOrDefault(kind, Map.of());
			if (values.containsKey(2010) && values.containsKey(2025) && values.get(2010) > 0) {
				double rate = Math.pow(values.get(2025) / values.get(2010), 1.0 / 15) - 1;
				return new CityProfile.Growth(rate, 2010, 2025, kind);
			}
		}
		return null;
	}

}
