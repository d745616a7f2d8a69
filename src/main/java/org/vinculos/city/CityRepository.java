package org.vinculos.city;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads cities, their regions and countries, sister links and memberships; every list read is one query per batch.
 */
@Repository
class CityRepository {

	private static final String CITY = "c {.id, .name, .kind, .country, .population, .populationYear, "
			+ ".populationSource, .sources, .importRun, latitude: c.location.latitude, longitude: c.location.longitude}";

	private final Neo4jClient neo4j;

	CityRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Optional<City> findById(String id) {
		return this.neo4j.query("MATCH (c:Entity {id: $id}) WHERE c:City RETURN " + CITY + " AS city")
			.bind(id).to("id")
			.fetchAs(City.class).mappedBy((types, record) -> city(record.get("city")))
			.one();
	}

	Map<String, City> findAllById(Collection<String> ids) {
		return this.neo4j.query("MATCH (c:Entity) WHERE c.id IN $ids AND c:City RETURN " + CITY + " AS city")
			.bind(ids).to("ids")
			.fetchAs(City.class).mappedBy((types, record) -> city(record.get("city")))
			.all().stream().collect(Collectors.toMap(City::id, Function.identity()));
	}

	/** The most populous city of the country with the name (any of its names, case-insensitive), in the region if given. */
	Optional<City> findByName(String name, String country, String region) {
		return this.neo4j.query("""
				MATCH (c:City {country: $country})
				WHERE toLower(c.name) = toLower($name) OR any(n IN c.names WHERE toLower(n) = toLower($name))
				WITH c WHERE $region IS NULL
				  OR EXISTS { MATCH (c)-[:IN_REGION]->(r) WHERE r.id = $region OR toLower(r.name) = toLower($region)
				              OR any(n IN r.names WHERE toLower(n) = toLower($region)) }
				""" + "RETURN " + CITY + " AS city ORDER BY c.population DESC LIMIT 1")
			.bindAll(CypherParameters.of("name", name, "country", country, "region", region))
			.fetchAs(City.class).mappedBy((types, record) -> city(record.get("city")))
			.one();
	}

	/**
	 * One page of the matching cities, and whether more follow. The cities that have the order's property are read in
	 * the order of its index (a partial top-k, not a sort of every city); those without it follow, by id.
	 */
	CityPage page(CityFilter filter, CityOrder order, int offset, int size) {
		String has = order.property() + " IS NOT NULL";
		List<City> found = new ArrayList<>(slice(filter, has, order.cypher(), offset, size + 1));
		if (found.size() < size + 1) {
			long before = found.isEmpty() ? count(filter, has) : offset + found.size();
			found.addAll(slice(filter, order.property() + " IS NULL", "c.id", Math.max(0, offset - (int) before),
					size + 1 - found.size()));
		}
		return new CityPage(found.subList(0, Math.min(size, found.size())), offset, found.size() > size);
	}

	private List<City> slice(CityFilter filter, String condition, String orderBy, int offset, int limit) {
		Map<String, Object> parameters = filterParameters(filter);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return this.neo4j.query("MATCH (c:City)" + where(filter, condition) + " WITH c ORDER BY " + orderBy
				+ " SKIP $offset LIMIT $limit RETURN " + CITY + " AS city")
			.bindAll(parameters)
			.fetchAs(City.class).mappedBy((types, record) -> city(record.get("city")))
			.all().stream().toList();
	}

	/** How many cities match; from the count store when nothing filters. */
	long count(CityFilter filter) {
		return count(filter, null);
	}

	private long count(CityFilter filter, String condition) {
		return this.neo4j.query("MATCH (c:City)" + where(filter, condition) + " RETURN count(c) AS total")
			.bindAll(filterParameters(filter))
			.fetchAs(Long.class).mappedBy((types, record) -> record.get("total").asLong())
			.one().orElse(0L);
	}

	private static Map<String, Object> filterParameters(CityFilter filter) {
		return CypherParameters.of("country", filter.country(), "region", filter.region(), "minPopulation",
				filter.minPopulation(), "maxPopulation", filter.maxPopulation(), "network", filter.network(),
				"sisterCityIn", filter.sisterCityIn());
	}

	/**
	 * The WHERE clause of the filter's conditions that are set, so that the planner can use an index for them, and of
	 * one more fixed condition if given.
	 */
	private static String where(CityFilter filter, String condition) {
		List<String> conditions = new ArrayList<>();
		if (condition != null) {
			conditions.add(condition);
		}
		if (filter.country() != null) {
			conditions.add("c.country = $country");
		}
		if (filter.region() != null) {
			conditions.add("EXISTS { MATCH (c)-[:IN_REGION]->(r) WHERE r.id = $region }");
		}
		if (filter.minPopulation() != null) {
			conditions.add("c.population >= $minPopulation");
		}
		if (filter.maxPopulation() != null) {
			conditions.add("c.population <= $maxPopulation");
		}
		if (filter.network() != null) {
			conditions.add("EXISTS { MATCH (c)-[:MEMBER_OF]->(n) WHERE n.id = $network }");
		}
		if (filter.sisterCityIn() != null) {
			conditions.add("EXISTS { MATCH (c)-[:SISTER_CITY]-(o:City) WHERE o.country = $sisterCityIn }");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** The names and alternate names of each city, read only when a query asks for them (a large city has hundreds). */
	@SuppressWarnings("unchecked")
	Map<String, List<String>> names(Collection<String> cityIds) {
		return this.neo4j.query("MATCH (c:Entity) WHERE c.id IN $ids RETURN c.id AS id, coalesce(c.names, []) AS names")
			.bind(cityIds).to("ids")
			.fetch().all().stream()
			.collect(Collectors.toMap(row -> (String) row.get("id"), row -> (List<String>) row.get("names")));
	}

	Map<String, Country> countries(Collection<String> codes) {
		return this.neo4j.query("MATCH (c:Entity) WHERE c.id IN $codes AND c:Country RETURN c.id AS id, c.name AS name, c.nameEs AS nameEs")
			.bind(codes).to("codes")
			.fetchAs(Country.class).mappedBy((types, r) -> new Country(r.get("id").asString(), r.get("name").asString(),
					r.get("nameEs").asString(null)))
			.all().stream().collect(Collectors.toMap(Country::id, Function.identity()));
	}

	Map<String, Region> regionsOfCities(Collection<String> cityIds) {
		return this.neo4j.query("""
				MATCH (c:Entity)-[:IN_REGION]->(r:Region) WHERE c.id IN $ids
				RETURN c.id AS city, r {.id, .name, .names, .code, .country} AS region""")
			.bind(cityIds).to("ids")
			.fetch().all().stream()
			.collect(Collectors.toMap(row -> (String) row.get("city"), row -> region(row.get("region"))));
	}

	Optional<Region> region(String id) {
		return this.neo4j.query("MATCH (r:Entity {id: $id}) WHERE r:Region RETURN r {.id, .name, .names, .code, .country} AS region")
			.bind(id).to("id")
			.fetch().one().map(row -> region(row.get("region")));
	}

	List<Region> regions(String country) {
		return this.neo4j.query("MATCH (r:Region {country: $country}) RETURN r {.id, .name, .names, .code, .country} AS region ORDER BY r.name")
			.bind(country).to("country")
			.fetch().all().stream().map(row -> region(row.get("region"))).toList();
	}

	Optional<Country> country(String code) {
		return Optional.ofNullable(countries(List.of(code)).get(code));
	}

	Map<String, List<SisterLink>> sisterLinks(Collection<String> cityIds) {
		return this.neo4j.query("""
				MATCH (a:Entity)-[l:SISTER_CITY]-(c:City) WHERE a.id IN $ids
				RETURN a.id AS from, l.since AS since, l.until AS until, l.status AS status, l.source AS source,
				       l.sourceRef AS sourceRef, l.importRun AS importRun, """ + CITY + """
				 AS city ORDER BY c.population DESC""")
			.bind(cityIds).to("ids")
			.fetch().all().stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("from"), Collectors.mapping(
					row -> new SisterLink(city(row.get("city")), integer(row.get("since")), integer(row.get("until")),
							(String) row.get("status"), (String) row.get("source"), (String) row.get("sourceRef"),
							(String) row.get("importRun")),
					Collectors.toList())));
	}

	Map<String, List<Membership>> memberships(Collection<String> cityIds) {
		return this.neo4j.query("""
				MATCH (c:Entity)-[m:MEMBER_OF]->(n:Network) WHERE c.id IN $ids
				RETURN c.id AS city, n.id AS id, n.name AS name, n.kind AS kind, m.since AS since, m.until AS until,
				       m.observed AS observed, m.role AS role, m.source AS source, m.sourceRef AS sourceRef,
				       m.importRun AS importRun ORDER BY n.name""")
			.bind(cityIds).to("ids")
			.fetch().all().stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(row -> new Membership(
					(String) row.get("id"), (String) row.get("name"), (String) row.get("kind"), integer(row.get("since")),
					integer(row.get("until")), integer(row.get("observed")), (String) row.get("role"), (String) row.get("source"),
					(String) row.get("sourceRef"), (String) row.get("importRun")), Collectors.toList())));
	}

	Map<String, List<Observation>> observations(Collection<String> ids) {
		return this.neo4j.query("""
				MATCH (c:Entity)-[:HAS_OBSERVATION]->(o:Observation) WHERE c.id IN $ids
				RETURN c.id AS owner, o.indicator AS indicator, o.breakdown AS breakdown, o.label AS label,
				       toString(o.date) AS date, o.year AS year, toFloat(o.value) AS value, o.unit AS unit, o.kind AS kind,
				       o.note AS note, o.sources[0] AS source, o.sourceRefs[0] AS sourceRef, o.importRun AS importRun
				ORDER BY o.indicator, o.year, o.kind""")
			.bind(ids).to("ids")
			.fetch().all().stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("owner"), Collectors.mapping(row -> new Observation(
					(String) row.get("indicator"), (String) row.get("breakdown"), (String) row.get("label"),
					(String) row.get("date"), integer(row.get("year")), (Double) row.get("value"), (String) row.get("unit"),
					(String) row.get("kind"), (String) row.get("note"), (String) row.get("source"),
					(String) row.get("sourceRef"), (String) row.get("importRun")), Collectors.toList())));
	}

	Map<String, List<Office>> offices(Collection<String> ids) {
		return this.neo4j.query("""
				MATCH (o:Office)-[at:LOCATED_IN]->(c:Entity), (o)-[:OFFICE_OF]->(s) WHERE c.id IN $ids
				RETURN c.id AS city, o.id AS id, o.name AS name, o.kind AS kind, s.id AS stateId, s.name AS stateName,
				       o.founded AS founded, o.staff AS staff, at.source AS source, at.sourceRef AS sourceRef
				ORDER BY s.name""")
			.bind(ids).to("ids")
			.fetch().all().stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(row -> new Office(
					(String) row.get("id"), (String) row.get("name"), (String) row.get("kind"), (String) row.get("stateId"),
					(String) row.get("stateName"), integer(row.get("founded")), integer(row.get("staff")),
					(String) row.get("source"), (String) row.get("sourceRef")), Collectors.toList())));
	}

	@SuppressWarnings("unchecked")
	Map<String, List<AgreementSummary>> agreements(Collection<String> ids) {
		return this.neo4j.query("""
				MATCH (a:Agreement)-[p:PARTY]->(c:Entity) WHERE c.id IN $ids
				RETURN c.id AS city, a.id AS id, a.title AS title, a.kind AS kind, a.level AS level, p.role AS role,
				       COLLECT { MATCH (a)-[:PARTY]->(x) RETURN x.name } AS parties,
				       COLLECT { MATCH (a)-[:COVERS]->(t) RETURN t.name } AS topics,
				       p.source AS source, p.sourceRef AS sourceRef
				ORDER BY a.title""")
			.bind(ids).to("ids")
			.fetch().all().stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(row -> new AgreementSummary(
					(String) row.get("id"), (String) row.get("title"), (String) row.get("kind"), (String) row.get("level"),
					(String) row.get("role"), (List<String>) row.get("parties"), (List<String>) row.get("topics"),
					(String) row.get("source"), (String) row.get("sourceRef")), Collectors.toList())));
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return (value != null) ? (List<String>) value : List.of();
	}

	private static Integer integer(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	@SuppressWarnings("unchecked")
	private static Region region(Object value) {
		Map<String, Object> r = (Map<String, Object>) value;
		return new Region((String) r.get("id"), (String) r.get("name"), list(r.get("names")),
				(String) r.get("code"), (String) r.get("country"));
	}

	@SuppressWarnings("unchecked")
	private static City city(Object value) {
		Map<String, Object> c = (value instanceof Value v) ? v.asMap() : (Map<String, Object>) value;
		return new City((String) c.get("id"), (String) c.get("name"), (String) c.get("kind"), (String) c.get("country"), (c.get("population") instanceof Number p) ? p.longValue() : null,
				integer(c.get("populationYear")), (String) c.get("populationSource"),
				(c.get("latitude") instanceof Number lat) ? lat.doubleValue() : null,
				(c.get("longitude") instanceof Number lon) ? lon.doubleValue() : null,
				list(c.get("sources")), (String) c.get("importRun"));
	}

}
