package org.vinculos.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;
import org.vinculos.database.Stored;
import org.vinculos.language.Names;
import org.vinculos.language.Phrase;

import org.springframework.stereotype.Repository;

/**
 * Reads the signals that suggest partners: each a Cypher query that runs on a plain Neo4j.
 */
@Repository
class PartnerRepository {

	private final Reads reads;

	PartnerRepository(Reads reads) {
		this.reads = reads;
	}

	/** The city asking, with its current partners (sister cities, agreement and cooperation counterparts). */
	record Source(String id, String name, String country, Names countryName, String region, double @Nullable [] vector,
			Set<String> partners, Set<String> networks) {
	}

	/** What the score needs to know of a candidate. */
	record Candidate(String id, String country, String region, String regionName, int degree, @Nullable Double mirror) {
	}

	/** Reached from the city through intermediaries: a strength and the intermediaries' ids. */
	record Reach(double strength, List<String> via) {
	}

	Optional<Source> source(String id) {
		return this.reads.first("""
				MATCH (c:Entity {id: $id}) WHERE c:City
				OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
				RETURN c.id AS id, c.name AS name, c.country AS country, r.id AS region, c.profile AS vector,
				       [(c)-[:IN_COUNTRY]->(k:Country) | [k.name, k.nameEs]][0] AS countryNames,
				       COLLECT { MATCH (c)-[:SISTER_CITY]-(p:City) RETURN p.id AS partner
				                 UNION MATCH (c)<-[:PARTY]-(:Agreement)-[:PARTY]->(p:City) WHERE p <> c RETURN p.id AS partner
				                 UNION MATCH (c)-[:COOPERATES_WITH]-(p:City) RETURN p.id AS partner } AS partners,
				       COLLECT { MATCH (c)-[:MEMBER_OF]->(n:Network) RETURN DISTINCT n.id } AS networks""",
				CypherParameters.of("id", id), r -> new Source(r.get("id").asString(), r.get("name").asString(),
					r.get("country").asString(), names(r.get("countryNames"), r.get("country").asString()),
					r.get("region").asString(null), vector(r.get("vector")),
					new HashSet<>(r.get("partners").asList(Value::asString)),
					new HashSet<>(r.get("networks").asList(Value::asString))));
	}

	/** Partners of the city's sister cities, each weighted 1 / ln(degree) of the sister city it comes through. */
	Map<String, Reach> partnersOfPartners(String id) {
		return reaches("""
				MATCH (c:Entity {id: $id})-[:SISTER_CITY]-(p:City)
				WITH c, p, COUNT { (p)-[:SISTER_CITY]-(:City) } AS degree WHERE degree > 1
				MATCH (p)-[:SISTER_CITY]-(x:City) WHERE x <> c
				WITH x, p, degree ORDER BY degree
				RETURN x.id AS id, sum(1.0 / log(degree)) AS strength, collect(DISTINCT p.id)[..10] AS via""",
				CypherParameters.of("id", id));
	}

	/** Sister cities of the other local governments of the city's region, with how many of them link to each. */
	Map<String, Reach> regionalPeers(String id) {
		return reaches("""
				MATCH (c:Entity {id: $id})-[:IN_REGION]->(r:Region)<-[:IN_REGION]-(n:City)-[:SISTER_CITY]-(x:City)
				WHERE n <> c AND x <> c AND NOT (x)-[:IN_REGION]->(r)
				RETURN x.id AS id, toFloat(count(DISTINCT n)) AS strength, collect(DISTINCT n.id)[..10] AS via""",
				CypherParameters.of("id", id));
	}

	/** Cities that share a network with the city (only the given networks, if any). */
	Map<String, Reach> sharedNetworks(String id, @Nullable Collection<String> networks) {
		return reaches("""
				MATCH (c:Entity {id: $id})-[:MEMBER_OF]->(n:Network)<-[:MEMBER_OF]-(x:City)
				WHERE x <> c AND ($networks IS NULL OR n.id IN $networks)
				RETURN x.id AS id, toFloat(count(DISTINCT n)) AS strength, collect(DISTINCT n.id) AS via""",
				CypherParameters.of("id", id, "networks", networks));
	}

	/** The members of any of the networks. */
	Set<String> membersOf(Collection<String> networks) {
		return new HashSet<>(this.reads.list("""
				MATCH (x:City)-[:MEMBER_OF]->(n:Network) WHERE n.id IN $networks RETURN DISTINCT x.id AS id""",
				CypherParameters.of("networks", networks), r -> r.get("id").asString()));
	}

	/** The cities whose profile is nearest to the vector. */
	List<String> nearestProfiles(double[] vector, int k) {
		return this.reads.list("""
				CALL db.index.vector.queryNodes('city_profile', $k, $vector) YIELD node RETURN node.id AS id""",
				CypherParameters.of("k", k, "vector", Arrays.stream(vector).boxed().toList()), r -> r.get("id").asString());
	}

	/** Cities party to agreements, or in cooperation, on any of the topics. */
	Set<String> activeOn(Collection<String> topics) {
		return new HashSet<>(this.reads.list("""
				MATCH (x:City)<-[:PARTY]-(:Agreement)-[:COVERS]->(t:Topic) WHERE t.id IN $topics RETURN x.id AS id
				UNION
				MATCH (x:City)-[w:COOPERATES_WITH]-() WHERE any(t IN w.topics WHERE t IN $topics) RETURN x.id AS id""",
				CypherParameters.of("topics", topics), r -> r.get("id").asString()));
	}

	/** What the score needs of each candidate: its country, region, number of sister cities and profile similarity. */
	List<Candidate> candidates(Collection<String> ids, double @Nullable [] vector) {
		return this.reads.list("""
				UNWIND $ids AS xid
				MATCH (x:Entity {id: xid}) WHERE x:City
				OPTIONAL MATCH (x)-[:IN_REGION]->(xr:Region)
				RETURN x.id AS id, x.country AS country, xr.id AS region, xr.name AS regionName,
				       COUNT { (x)-[:SISTER_CITY]-() } AS degree,
				       CASE WHEN $vector IS NULL OR x.profile IS NULL THEN null
				            ELSE vector.similarity.euclidean(x.profile, $vector) END AS mirror""",
				CypherParameters.of("ids", ids, "vector", (vector != null) ? Arrays.stream(vector).boxed().toList() : null),
						r -> new Candidate(r.get("id").asString(), r.get("country").asString(),
					r.get("region").asString(null), r.get("regionName").asString(null), r.get("degree").asInt(),
					r.get("mirror").isNull() ? null : r.get("mirror").asDouble()));
	}

	/** The agreements and cooperation partners of each city, on the topics (on any topic when null). */
	Map<String, Activity> activities(Collection<String> ids, @Nullable Collection<String> topics) {
		Map<String, Activity> activities = new HashMap<>();
		this.reads.rows("""
				UNWIND $ids AS xid
				MATCH (x:Entity {id: xid})
				RETURN x.id AS id,
				       COLLECT { MATCH (x)<-[:PARTY]-(a:Agreement)-[:COVERS]->(t:Topic) WHERE $topics IS NULL OR t.id IN $topics
				                 RETURN DISTINCT a.id } AS agreements,
				       COLLECT { MATCH (x)-[w:COOPERATES_WITH]-(o) WHERE $topics IS NULL OR any(t IN w.topics WHERE t IN $topics)
				                 RETURN DISTINCT o.id } AS cooperations""",
				CypherParameters.of("ids", ids, "topics", topics))
			.forEach(row -> activities.put((String) row.get("id"),
					new Activity(castList(row.get("agreements")), castList(row.get("cooperations")))));
		return activities;
	}

	/** A city's agreements and cooperation partners. */
	record Activity(List<String> agreements, List<String> cooperations) {

		static final Activity NONE = new Activity(List.of(), List.of());

		int size() {
			return this.agreements.size() + this.cooperations.size();
		}

		/** How many agreements and cooperations, said of the topics asked when there are some. */
		Phrase said(boolean onTopics) {
			return Phrase.of(onTopics ? "partner.track.activity.topics" : "partner.track.activity", this.agreements.size(),
					this.cooperations.size());
		}

	}

	/** The diasporas from a country, by the country they live in. */
	Map<String, Diaspora> diasporasFrom(String origin) {
		Map<String, Diaspora> diasporas = new HashMap<>();
		this.reads.rows("""
				MATCH (d:Diaspora {origin: $origin})-[:LIVES_IN]->(k:Country)
				RETURN k.id AS country, k.name AS countryName, k.nameEs AS countryNameEs, d.id AS id, d.stock AS stock,
				       d.stockYear AS year""",
				CypherParameters.of("origin", origin))
			.forEach(row -> diasporas.put((String) row.get("country"),
			new Diaspora(Stored.nonNull((String) row.get("id")),
					new Names(Stored.nonNull((String) row.get("countryName")), (String) row.get("countryNameEs")),
					Stored.nonNull((Number) row.get("stock")).longValue(),
					Stored.nonNull((Number) row.get("year")).intValue())));
		return diasporas;
	}

	/** People born in one country who live in another, as counted in a year. */
	record Diaspora(String id, Names countryName, long stock, int year) {
	}

	Set<String> networkIds(Collection<String> ids) {
		return new HashSet<>(this.reads.list("MATCH (n:Network) WHERE n.id IN $ids RETURN n.id AS id",
				CypherParameters.of("ids", ids), r -> r.get("id").asString()));
	}

	/**
	 * Each US state's share of the remittances sent to Mexico in the latest year with four quarters, that year, and the
	 * quarterly observations it sums, in date order.
	 */
	record StateShare(@Nullable String region, double share, int year, List<String> observations) {
	}

	Map<String, StateShare> remittanceShares() {
		Map<String, StateShare> shares = new HashMap<>();
		this.reads.rows("""
				MATCH (r:Region {country: 'US'})-[:HAS_OBSERVATION]->(o:Observation)
				WHERE o.indicator = 'remittances_sent_to_mexico'
				WITH o.year AS year, collect({region: r.id, value: o.value, id: o.id}) AS rows, count(DISTINCT o.date) AS quarters
				WHERE quarters = 4
				WITH year, rows ORDER BY year DESC LIMIT 1
				UNWIND rows AS row
				WITH year, row ORDER BY row.id
				WITH year, row.region AS region, sum(row.value) AS sent, collect(row.id) AS observations
				WITH year, collect({region: region, sent: sent, observations: observations}) AS states, sum(sent) AS total
				UNWIND states AS state
				RETURN state.region AS region, toFloat(state.sent) / total AS share, year, state.observations AS observations""",
				Map.of())
			.forEach(row -> shares.put((String) row.get("region"), new StateShare((String) row.get("region"),
					Stored.nonNull((Number) row.get("share")).doubleValue(),
							Stored.nonNull((Number) row.get("year")).intValue(),
					castList(row.get("observations")))));
		return shares;
	}

	/** Everything {@link PartnerGraph} holds, read in six statements. */
	PartnerGraph.Snapshot snapshot() {
		List<PartnerGraph.Place> cities = this.reads.list("""
				MATCH (c:City)
				OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
				WITH c, r, COLLECT { MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'population'})
				                     WHERE o.kind = 'agglomeration' AND o.year IS NULL RETURN o }[0] AS agglomeration
				RETURN c.id AS id, c.name AS name, c.country AS country, r.id AS region, r.name AS regionName,
				       CASE WHEN agglomeration.value > coalesce(c.population, 0) THEN agglomeration.value ELSE c.population END AS size,
				       CASE WHEN agglomeration.value > coalesce(c.population, 0) THEN agglomeration.id ELSE null END AS sizeObservation,
				       c.location.latitude AS latitude, c.location.longitude AS longitude, c.capital IS NOT NULL AS capital,
				       coalesce(c.worldCity, false) AS worldCity, coalesce(c.coastal, false) AS coastal,
				       COLLECT { MATCH (c)-[:HAS_CLIMATE]->(z:ClimateZone) RETURN z.code }[0] AS climate,
				       COLLECT { MATCH (c)-[:NEAR_SEAPORT]->(p) RETURN p.id }[0] AS seaport,
				       COLLECT { MATCH (c)-[:MEMBER_OF]->(n:Network) RETURN DISTINCT n.id } AS networks
				ORDER BY id""", Map.of(),
				r -> new PartnerGraph.Place(r.get("id").asString(), r.get("name").asString(), r.get("country").asString(),
						r.get("region").asString(null), r.get("regionName").asString(null),
						r.get("size").isNull() ? 0 : r.get("size").asLong(), r.get("sizeObservation").asString(null),
						r.get("latitude").isNull() ? null : r.get("latitude").asDouble(),
						r.get("longitude").isNull() ? null : r.get("longitude").asDouble(), r.get("capital").asBoolean(),
						r.get("worldCity").asBoolean(), r.get("climate").asString(null), r.get("seaport").asString(null),
						r.get("coastal").asBoolean(), r.get("networks").asList(Value::asString)));
		List<PartnerGraph.Pair> sisters = this.reads.list(
				"MATCH (a:City)-[:SISTER_CITY]->(b:City) RETURN a.id AS a, b.id AS b ORDER BY a, b", Map.of(), PartnerRepository::pair);
		List<PartnerGraph.Pair> partnerships = this.reads.list("""
				MATCH (a:City)<-[:PARTY]-(:Agreement)-[:PARTY]->(b:City) WHERE a.id < b.id RETURN a.id AS a, b.id AS b
				UNION
				MATCH (a:City)-[:COOPERATES_WITH]->(b:City) RETURN a.id AS a, b.id AS b""", Map.of(), PartnerRepository::pair);
		Map<String, Names> countryNames = new HashMap<>();
		List<PartnerGraph.DiasporaFigure> diasporas = new ArrayList<>();
		this.reads.rows("""
				MATCH (k:Country)
				RETURN k.id AS country, k.name AS name, k.nameEs AS nameEs,
				       COLLECT { MATCH (d:Diaspora)-[:LIVES_IN]->(k) RETURN [d.origin, d.id, d.stock, d.stockYear] } AS diasporas""",
				Map.of()).forEach(row -> {
					String country = (String) row.get("country");
					countryNames.put(country, new Names(Stored.nonNull((String) row.get("name")),
							(String) row.get("nameEs")));
					for (Object value : Stored.nonNull((List<?>) row.get("diasporas"))) {
						List<?> d = (List<?>) value;
						if (d.get(2) != null && d.get(3) != null) {
							diasporas.add(new PartnerGraph.DiasporaFigure((String) d.get(0), country, (String) d.get(1),
									((Number) d.get(2)).longValue(), ((Number) d.get(3)).intValue()));
						}
					}
				});
		List<PartnerGraph.Engagement> engagements = this.reads.list("""
				MATCH (x:City)<-[:PARTY]-(a:Agreement)
				RETURN x.id AS city, true AS agreement, a.id AS id, COLLECT { MATCH (a)-[:COVERS]->(t:Topic) RETURN t.id } AS topics
				UNION
				MATCH (x:City)-[w:COOPERATES_WITH]-(o)
				RETURN x.id AS city, false AS agreement, o.id AS id, coalesce(w.topics, []) AS topics""", Map.of(),
				r -> new PartnerGraph.Engagement(r.get("city").asString(), r.get("agreement").asBoolean(), r.get("id").asString(),
						r.get("topics").asList(Value::asString)));
		return new PartnerGraph.Snapshot(cities, sisters, partnerships, engagements, diasporas,
				List.copyOf(remittanceShares().values()), countryNames);
	}

	private static PartnerGraph.Pair pair(org.neo4j.driver.Record r) {
		return new PartnerGraph.Pair(r.get("a").asString(), r.get("b").asString());
	}

	private Map<String, Reach> reaches(String cypher, Map<String, Object> parameters) {
		Map<String, Reach> reaches = new HashMap<>();
		this.reads.rows(cypher, parameters).forEach(row -> reaches.put((String) row.get("id"),
				new Reach(Stored.nonNull((Number) row.get("strength")).doubleValue(), castList(row.get("via")))));
		return reaches;
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(@Nullable Object value) {
		// Every list a statement here returns is a COLLECT, which is empty rather than null.
		return (List<String>) Stored.nonNull(value);
	}

	/** A country's names from {@code [name, nameEs]}, its code where the graph has no name. */
	private static Names names(Value value, String code) {
		if (value.isNull()) {
			return new Names(code, null);
		}
		return new Names(value.get(0).asString(code), value.get(1).asString(null));
	}

	private static double @Nullable [] vector(Value value) {
		return value.isNull() ? null : value.asList(Value::asDouble).stream().mapToDouble(Double::doubleValue).toArray();
	}

}
