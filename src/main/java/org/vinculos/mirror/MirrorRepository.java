package org.vinculos.mirror;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;

import org.springframework.stereotype.Repository;

/**
 * Reads the profiles of cities and asks the vector index {@code city_profile} for the nearest ones.
 */
@Repository
class MirrorRepository {

	private static final String PROFILE = """
			OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
			RETURN c.id AS id, c.name AS name, c.country AS country, c.population AS population,
			       c.populationSource AS populationSource, c.location.latitude AS latitude, c.dem AS dem,
			       c.borderKm AS borderKm, c.borderPlace AS borderPlace, c.capital AS capital, c.profile AS vector,
			       r.id AS region,
			       COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'avg_temperature'})
			                 RETURN o.value ORDER BY o.year DESC }[0] AS temperature,
			       COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita'})
			                 RETURN o {.value, .unit, .year} ORDER BY o.year DESC }[0] AS gdpPerCapita,
			       COLLECT { MATCH (r)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_share'})
			                 RETURN o {.breakdown, .label, .value, .year} } AS sectors,
			       COLLECT { MATCH (c)<-[:PARTY]-(:Agreement)-[:COVERS]->(t:Topic) RETURN t.id AS topic
			                 UNION MATCH (c)-[w:COOPERATES_WITH]-() UNWIND coalesce(w.topics, []) AS topic RETURN topic
			       } AS topics,
			       COLLECT { MATCH (c)-[:MEMBER_OF]->(n:Network) RETURN DISTINCT n.id } AS networks,
			       COLLECT { MATCH (c)-[:SISTER_CITY]-(o:City) RETURN o.country } AS partnerCountries""";

	private final Reads reads;

	MirrorRepository(Reads reads) {
		this.reads = reads;
	}

	/** The profiles of the cities with these ids. */
	List<CityProfile> profiles(Collection<String> ids) {
		return this.reads.list("MATCH (c:Entity) WHERE c.id IN $ids AND c:City " + PROFILE, CypherParameters.of("ids", ids),
				MirrorRepository::profile);
	}

	/** The {@code k} cities whose profile vectors are nearest to the one given, nearest first. */
	List<Candidate> nearest(double[] vector, int k) {
		return this.reads.list("""
				CALL db.index.vector.queryNodes('city_profile', $k, $vector) YIELD node
				RETURN node.id AS id, node.country AS country, node.population AS population""",
				CypherParameters.of("k", k, "vector", Arrays.stream(vector).boxed().toList()),
				record -> new Candidate(record.get("id").asString(), record.get("country").asString(),
						record.get("population").asLong(0)));
	}

	/**
	 * The ids of the {@code k} profiled cities nearest to the vector, other than {@code self}, among those in {@code countries} (all when null),
	 * outside {@code excluded}, of at least {@code minPopulation} people; by population, largest first, when there is
	 * no vector.
	 */
	List<String> nearestWhere(String self, double[] vector, Collection<String> countries, Collection<String> excluded,
			Long minPopulation, int k) {
		return this.reads.list("""
				MATCH (c:City) WHERE c.profile IS NOT NULL AND ($countries IS NULL OR c.country IN $countries)
				  AND c.id <> $self AND NOT c.country IN $excluded
				  AND ($minPopulation IS NULL OR c.population >= $minPopulation)
				WITH c ORDER BY CASE WHEN $vector IS NULL THEN -c.population
				                     ELSE -vector.similarity.euclidean(c.profile, $vector) END
				LIMIT $k
				RETURN c.id AS id""",
				CypherParameters.of("self", self, "vector", (vector != null) ? Arrays.stream(vector).boxed().toList() : null,
					"countries", countries, "excluded", excluded, "minPopulation", minPopulation, "k", k),
				record -> record.get("id").asString());
	}

	/** A city the vector index proposes, with what the query's filters need. */
	record Candidate(String id, String country, long population) {
	}

	private static CityProfile profile(Record r) {
		Value gdp = r.get("gdpPerCapita");
		Map<String, CityProfile.Sector> sectors = new HashMap<>();
		for (Value s : r.get("sectors").values()) {
			String code = s.get("breakdown").asString();
			int year = s.get("year").asInt();
			CityProfile.Sector known = sectors.get(code);
			if (known == null || known.year() < year) {
				sectors.put(code, new CityProfile.Sector(s.get("label").asString(code), s.get("value").asDouble(), year));
			}
		}
		Map<String, Integer> partnerCountries = new HashMap<>();
		for (Value country : r.get("partnerCountries").values()) {
			partnerCountries.merge(country.asString(), 1, Integer::sum);
		}
		return new CityProfile(r.get("id").asString(), r.get("name").asString(), r.get("country").asString(),
				r.get("population").isNull() ? null : r.get("population").asLong(), r.get("populationSource").asString(null),
				r.get("latitude").isNull() ? null : r.get("latitude").asDouble(),
				r.get("dem").isNull() ? null : r.get("dem").asInt(),
				r.get("borderKm").isNull() ? null : r.get("borderKm").asDouble(), r.get("borderPlace").asString(null),
				r.get("capital").asString(null), r.get("temperature").isNull() ? null : r.get("temperature").asDouble(),
				gdp.isNull() ? null : new CityProfile.Money(gdp.get("value").asDouble(), gdp.get("unit").asString(),
						gdp.get("year").asInt()),
				r.get("region").asString(null), sectors,
				new LinkedHashSet<>(r.get("topics").asList(Value::asString)),
				new LinkedHashSet<>(r.get("networks").asList(Value::asString)), r.get("partnerCountries").size(),
				partnerCountries, vector(r.get("vector")));
	}

	private static double[] vector(Value value) {
		if (value.isNull()) {
			return null;
		}
		List<Double> list = value.asList(Value::asDouble);
		return list.stream().mapToDouble(Double::doubleValue).toArray();
	}

}
