package org.vinculos.city;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;
import org.vinculos.database.Stored;

import org.springframework.stereotype.Repository;

/**
 * Reads cities, their regions and countries, sister links and memberships; every list read is one query per batch.
 */
@Repository
class CityRepository {

	/**
	 * What each field of {@code City} reads, in projection order: {@code %1$s} stands for the city, {@code %2$s} for
	 * the expression of its country's names. Those are one relationship away (every writer of cities writes
	 * IN_COUNTRY), so that {@code City.country} costs no statement of its own.
	 */
	private static final Map<String, String> CITY_PARTS = parts(
			"name", ".name", "kind", ".kind", "country", ".country, countryNames: %2$s",
			"population", ".population, .populationYear, .populationSource",
			"location", "latitude: %1$s.location.latitude, longitude: %1$s.location.longitude",
			"sources", ".sources", "importRun", ".importRun");

	/**
	 * The names of {@code c}'s country as {@code countryNames}, when asked for. A CALL clause: an expression subquery
	 * or a pattern comprehension on {@code c} after an order read from an index (population, name) makes Neo4j
	 * 2026.08's planner fail ("c.population should not appear non-cached").
	 */
	private static final String COUNTRY_OF_C = "CALL (c) { OPTIONAL MATCH (c)-[:IN_COUNTRY]->(k:Country) "
			+ "RETURN [k.name, k.nameEs] AS countryNames LIMIT 1 } ";

	/** What each field of {@code SisterLink} reads. */
	private static final Map<String, String> LINK_PARTS = parts(
			"since", ".since", "until", ".until", "status", ".status", "source", ".source", "sourceRef", ".sourceRef",
			"linkImportRun", ".importRun");

	private static final String CITY = city(CityFields.ALL);

	private final Reads reads;

	CityRepository(Reads reads) {
		this.reads = reads;
	}

	Optional<CityReading.Read> findById(String id, CityReading reading) {
		return this.reads.first("MATCH (c:Entity {id: $id}) WHERE c:City " + countryOfC(reading.fields()) + links(reading)
				+ "RETURN " + city(reading.fields()) + " AS city, links", Map.of("id", id), CityRepository::read);
	}

	Map<String, City> findAllById(Collection<String> ids) {
		return this.reads.list("MATCH (c:Entity) WHERE c.id IN $ids AND c:City " + COUNTRY_OF_C + "RETURN " + CITY + " AS city",
				Map.of("ids", ids), CityRepository::city)
			.stream().collect(Collectors.toMap(City::id, Function.identity()));
	}

	/**
	 * The most populous city of the country with the name (any of its names, case and accents folded), in the region
	 * if given. The full-text index {@code city_names} finds the cities that have the name's words; of those, a name
	 * must equal the one asked for once folded.
	 */
	Optional<CityReading.Read> findByName(String name, String country, @Nullable String region, CityReading reading) {
		String key = NameKey.of(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return this.reads.list("""
				CALL db.index.fulltext.queryNodes('city_names', $phrase) YIELD node AS c
				WITH c WHERE c:City AND c.country = $country AND ($region IS NULL
				  OR EXISTS { MATCH (c)-[:IN_REGION]->(r) WHERE r.id = $region OR toLower(r.name) = toLower($region)
				              OR any(n IN r.names WHERE toLower(n) = toLower($region)) })
				""" + countryOfC(reading.fields()) + links(reading) + "RETURN " + city(reading.fields()) + " AS city, links, "
				+ "[c.name] + coalesce(c.names, []) AS names ORDER BY c.population DESC",
				CypherParameters.of("phrase", NameKey.phrase(name), "country", country, "region", region),
				record -> record.get("names").asList(v -> NameKey.of(v.asString())).contains(key) ? read(record) : null)
			.stream().filter(Objects::nonNull).findFirst();
	}

	/**
	 * One page of the matching cities, and whether more follow. The cities that have the order's property are read in
	 * the order of its index (a partial top-k, not a sort of every city); those without it follow, by id.
	 */
	CityPage page(CityFilter filter, CityOrder order, int offset, int size, CityReading reading) {
		String has = order.property() + " IS NOT NULL";
		List<CityReading.Read> found = new ArrayList<>(slice(filter, has, order.cypher(), offset, size + 1, reading));
		if (found.size() < size + 1) {
			long before = found.isEmpty() ? count(filter, has) : offset + found.size();
			found.addAll(slice(filter, order.property() + " IS NULL", "c.id", Math.max(0, offset - (int) before),
					size + 1 - found.size(), reading));
		}
		return new CityPage(found.subList(0, Math.min(size, found.size())), offset, found.size() > size);
	}

	private List<CityReading.Read> slice(CityFilter filter, String condition, String orderBy, int offset, int limit,
			CityReading reading) {
		Map<String, Object> parameters = filterParameters(filter);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return this.reads.list("MATCH (c:City)" + where(filter, condition) + " WITH c ORDER BY " + orderBy
				+ " SKIP $offset LIMIT $limit " + countryOfC(reading.fields()) + links(reading) + "RETURN "
				+ city(reading.fields()) + " AS city, links",
				parameters, CityRepository::read);
	}

	/** How many cities match; from the count store when nothing filters. */
	long count(CityFilter filter) {
		return count(filter, null);
	}

	private long count(CityFilter filter, @Nullable String condition) {
		return this.reads.first("MATCH (c:City)" + where(filter, condition) + " RETURN count(c) AS total",
				filterParameters(filter), record -> record.get("total").asLong()).orElse(0L);
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
	private static String where(CityFilter filter, @Nullable String condition) {
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
		return this.reads.rows("MATCH (c:Entity) WHERE c.id IN $ids RETURN c.id AS id, coalesce(c.names, []) AS names",
				Map.of("ids", cityIds)).stream()
			.collect(Collectors.toMap(row -> (String) row.get("id"), row -> (List<String>) row.get("names")));
	}

	Map<String, Country> countries(Collection<String> codes) {
		return this.reads.list("MATCH (c:Entity) WHERE c.id IN $codes AND c:Country RETURN c.id AS id, c.name AS name, c.nameEs AS nameEs",
				Map.of("codes", codes), r -> new Country(r.get("id").asString(), r.get("name").asString(),
						r.get("nameEs").asString(null)))
			.stream().collect(Collectors.toMap(Country::id, Function.identity()));
	}

	Map<String, Region> regionsOfCities(Collection<String> cityIds) {
		return this.reads.rows("""
				MATCH (c:Entity)-[:IN_REGION]->(r:Region) WHERE c.id IN $ids
				RETURN c.id AS city, r {.id, .name, .names, .code, .country} AS region""",
				Map.of("ids", cityIds)).stream()
			.collect(Collectors.toMap(row -> (String) row.get("city"),
			row -> region(Stored.nonNull(row.get("region")))));
	}

	Optional<Region> region(String id) {
		return this.reads.rows("MATCH (r:Entity {id: $id}) WHERE r:Region RETURN r {.id, .name, .names, .code, .country} AS region",
				Map.of("id", id)).stream().findFirst().map(row -> region(Stored.nonNull(row.get("region"))));
	}

	List<Region> regions(String country) {
		return this.reads.rows("MATCH (r:Region {country: $country}) RETURN r {.id, .name, .names, .code, .country} AS region ORDER BY r.name",
				Map.of("country", country)).stream().map(row -> region(Stored.nonNull(row.get("region")))).toList();
	}

	Optional<Country> country(String code) {
		return Optional.ofNullable(countries(List.of(code)).get(code));
	}

	/** The sister links of each city, the most populous partner first, reading the fields asked for. */
	Map<String, List<SisterLink>> sisterLinks(Collection<String> cityIds, CityFields fields) {
		return this.reads.rows("MATCH (a:Entity)-[l:SISTER_CITY]-(c:City) WHERE a.id IN $ids " + countryOfC(fields)
				+ "RETURN a.id AS from, "
				+ projection("l", LINK_PARTS, fields, "") + " AS link, " + city(fields)
				+ " AS city ORDER BY c.population DESC", Map.of("ids", cityIds)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("from"),
					Collectors.mapping(CityRepository::sisterLink, Collectors.toList())));
	}

	Map<String, List<Membership>> memberships(Collection<String> cityIds) {
		return this.reads.rows("""
				MATCH (c:Entity)-[m:MEMBER_OF]->(n:Network) WHERE c.id IN $ids
				RETURN c.id AS city, n.id AS id, n.name AS name, n.kind AS kind, m.since AS since, m.until AS until,
				       m.observed AS observed, m.role AS role, m.category AS category, m.source AS source,
				       m.sourceRef AS sourceRef, m.importRun AS importRun ORDER BY n.name""",
				Map.of("ids", cityIds)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(row -> new Membership(
					Stored.nonNull((String) row.get("id")), Stored.nonNull((String) row.get("name")),
							(String) row.get("kind"), integer(row.get("since")),
					integer(row.get("until")), integer(row.get("observed")), (String) row.get("role"), (String) row.get("category"),
					Stored.nonNull((String) row.get("source")), Stored.nonNull((String) row.get("sourceRef")),
							(String) row.get("importRun")),
					Collectors.toList())));
	}

	/**
	 * The facts beyond the record of each city: Natural Earth sizes (undated), climate, the facilities that serve it,
	 * its coast, and the newest GDP per person at PPP of the city, of its state and of its country.
	 */
	Map<String, CityFacts> facts(Collection<String> ids) {
		return this.reads.list("""
				UNWIND $ids AS id
				MATCH (c:Entity {id: id})
				CALL (c) {
				  OPTIONAL MATCH (c)-[:HAS_OBSERVATION]->(o:Observation)
				  WHERE o.indicator = 'population' AND o.kind IN ['agglomeration', 'city proper'] AND o.year IS NULL
				  RETURN collect(o {.value, .kind, source: o.sources[0], sourceRef: o.sourceRefs[0]}) AS sizes
				}
				CALL (c) {
				  OPTIONAL MATCH (c)-[r:HAS_CLIMATE]->(z:ClimateZone)
				  RETURN z {.code, .name, .nameEs, km: r.km, source: r.source, sourceRef: r.sourceRef} AS climate LIMIT 1
				}
				CALL (c) {
				  OPTIONAL MATCH (c)-[r:NEAR_SEAPORT|NEAR_AIRPORT]->(f:Facility)
				  RETURN collect(f {.id, .kind, .name, .iataCode, .type, km: r.km, source: r.source, sourceRef: r.sourceRef})
				         AS facilities
				}
				CALL (c) {
				  OPTIONAL MATCH (c)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'})
				  WITH o ORDER BY o.year DESC LIMIT 1
				  RETURN o {.value, .year, .unit, .note, subject: c.id, scope: 'CITY', source: o.sources[0],
				            sourceRef: o.sourceRefs[0]} AS own
				}
				CALL (c) {
				  OPTIONAL MATCH (c)-[:IN_REGION]->(s:Region)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'})
				  WITH s, o ORDER BY o.year DESC LIMIT 1
				  RETURN o {.value, .year, .unit, .note, subject: s.id, scope: 'STATE', source: o.sources[0],
				            sourceRef: o.sourceRefs[0]} AS state
				}
				CALL (c) {
				  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(k:Country)-[:HAS_OBSERVATION]->(o:Observation {indicator: 'gdp_per_capita_ppp'})
				  WITH k, o ORDER BY o.year DESC LIMIT 1
				  RETURN o {.value, .year, .unit, .note, subject: k.id, scope: 'COUNTRY', source: o.sources[0],
				            sourceRef: o.sourceRefs[0]} AS country
				}
				RETURN c.id AS id, c.wikidataId AS wikidataId, c.worldCity AS worldCity, c.megacity AS megacity,
				       c.coastal AS coastal, c.coastalBasis AS coastalBasis, c.coastalSources AS coastalSources,
				       sizes, climate, facilities, own, state, country""",
				Map.of("ids", ids), CityRepository::facts).stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
	}

	private static Map.Entry<String, CityFacts> facts(Record r) {
		Population agglomeration = null;
		Population cityProper = null;
		for (Value size : r.get("sizes").values()) {
			Population figure = new Population(size.get("value").asLong(), null, size.get("source").asString(),
					size.get("sourceRef").asString(null), size.get("kind").asString().equals("agglomeration") ? "AGGLOMERATION"
							: "CITY_PROPER");
			if (figure.kind().equals("AGGLOMERATION")) {
				agglomeration = figure;
			}
			else {
				cityProper = figure;
			}
		}
		NearbyFacility seaport = null;
		NearbyFacility airport = null;
		for (Value f : r.get("facilities").values()) {
			NearbyFacility facility = new NearbyFacility(f.get("id").asString(), f.get("name").asString(),
					f.get("iataCode").asString(null), f.get("type").asString(null), f.get("km").asDouble(),
					f.get("source").asString(), f.get("sourceRef").asString());
			if (f.get("kind").asString().equals("airport")) {
				airport = facility;
			}
			else {
				seaport = facility;
			}
		}
		Value z = r.get("climate");
		Climate climate = z.isNull() ? null : new Climate(z.get("code").asString(), z.get("name").asString(),
				z.get("nameEs").asString(null), z.get("km").isNull() ? null : z.get("km").asDouble(), z.get("source").asString(),
				z.get("sourceRef").asString());
		Coastal coastal = r.get("coastal").isNull() ? null : new Coastal(r.get("coastal").asBoolean(),
				r.get("coastalBasis").asString(), r.get("coastalSources").asList(Value::asString));
		EconomicFigure own = figure(r.get("own"));
		return Map.entry(r.get("id").asString(), new CityFacts(agglomeration, cityProper, climate, seaport, airport, coastal,
				r.get("wikidataId").asString(null), r.get("worldCity").isNull() ? null : r.get("worldCity").asBoolean(),
				r.get("megacity").isNull() ? null : r.get("megacity").asBoolean(),
				(own != null) ? own : figure(r.get("state")), figure(r.get("country"))));
	}

	private static @Nullable EconomicFigure figure(Value o) {
		return o.isNull() ? null : new EconomicFigure(o.get("value").asDouble(), o.get("year").isNull() ? null
				: o.get("year").asInt(), o.get("unit").asString(null), o.get("scope").asString(), o.get("subject").asString(),
				o.get("note").asString(null), o.get("source").asString(), o.get("sourceRef").asString());
	}

	Map<String, List<Observation>> observations(Collection<String> ids) {
		return this.reads.rows("""
				MATCH (c:Entity)-[:HAS_OBSERVATION]->(o:Observation) WHERE c.id IN $ids
				RETURN c.id AS owner, o.indicator AS indicator, o.breakdown AS breakdown, o.label AS label,
				       toString(o.date) AS date, o.year AS year, toFloat(o.value) AS value, o.unit AS unit, o.kind AS kind,
				       o.note AS note, o.sources[0] AS source, o.sourceRefs[0] AS sourceRef, o.importRun AS importRun
				ORDER BY o.indicator, o.year, o.kind""",
				Map.of("ids", ids)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("owner"), Collectors.mapping(row -> new Observation(
					Stored.nonNull((String) row.get("indicator")), (String) row.get("breakdown"),
							(String) row.get("label"),
					(String) row.get("date"), integer(row.get("year")), (Double) row.get("value"), (String) row.get("unit"),
					(String) row.get("kind"), (String) row.get("note"), Stored.nonNull((String) row.get("source")),
					Stored.nonNull((String) row.get("sourceRef")), (String) row.get("importRun")),
							Collectors.toList())));
	}

	Map<String, List<Office>> offices(Collection<String> ids) {
		return this.reads.rows("""
				MATCH (o:Office)-[at:LOCATED_IN]->(c:Entity), (o)-[:OFFICE_OF]->(s) WHERE c.id IN $ids
				RETURN c.id AS city, o.id AS id, o.name AS name, o.kind AS kind, s.id AS stateId, s.name AS stateName,
				       o.founded AS founded, o.staff AS staff, at.source AS source, at.sourceRef AS sourceRef
				ORDER BY s.name""",
				Map.of("ids", ids)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(row -> new Office(
					Stored.nonNull((String) row.get("id")), Stored.nonNull((String) row.get("name")),
							(String) row.get("kind"), Stored.nonNull((String) row.get("stateId")),
					Stored.nonNull((String) row.get("stateName")), integer(row.get("founded")),
							integer(row.get("staff")),
					Stored.nonNull((String) row.get("source")), Stored.nonNull((String) row.get("sourceRef"))),
							Collectors.toList())));
	}

	@SuppressWarnings("unchecked")
	Map<String, List<AgreementSummary>> agreements(Collection<String> ids) {
		return this.reads.rows("""
				MATCH (a:Agreement)-[p:PARTY]->(c:Entity) WHERE c.id IN $ids
				RETURN c.id AS city, a.id AS id, a.title AS title, a.kind AS kind, a.level AS level, p.role AS role,
				       COLLECT { MATCH (a)-[:PARTY]->(x) RETURN x.name } AS parties,
				       COLLECT { MATCH (a)-[:COVERS]->(t) RETURN t.name } AS topics,
				       p.source AS source, p.sourceRef AS sourceRef
				ORDER BY a.title""",
				Map.of("ids", ids)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(row -> new AgreementSummary(
					Stored.nonNull((String) row.get("id")), Stored.nonNull((String) row.get("title")), (String) row.get("kind"),
					(String) row.get("level"), (String) row.get("role"), list(row.get("parties")), list(row.get("topics")),
					Stored.nonNull((String) row.get("source")), Stored.nonNull((String) row.get("sourceRef"))),
					Collectors.toList())));
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(@Nullable Object value) {
		return (value != null) ? (List<String>) value : List.of();
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	@SuppressWarnings("unchecked")
	private static Region region(Object value) {
		Map<String, Object> r = (Map<String, Object>) value;
		return new Region(Stored.nonNull((String) r.get("id")), Stored.nonNull((String) r.get("name")),
				list(r.get("names")),
				(String) r.get("code"), (String) r.get("country"));
	}

	private static Map<String, String> parts(String... namesAndReads) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndReads.length; i += 2) {
			parts.put(namesAndReads[i], namesAndReads[i + 1]);
		}
		return parts;
	}

	/**
	 * The clause that reads what the projection of {@code c} needs beyond its properties, and that projection, reading
	 * the fields asked for: fixed texts only, never a caller's.
	 */
	private static String city(CityFields fields) {
		return projection("c", CITY_PARTS, fields, ".id", "countryNames");
	}

	private static String countryOfC(CityFields fields) {
		return fields.has("country") ? COUNTRY_OF_C : "";
	}

	private static String projection(String variable, Map<String, String> parts, CityFields fields, String always) {
		return projection(variable, parts, fields, always,
				"[(" + variable + ")-[:IN_COUNTRY]->(k:Country) | [k.name, k.nameEs]][0]");
	}

	private static String projection(String variable, Map<String, String> parts, CityFields fields, String always,
			String countryNames) {
		StringBuilder projection = new StringBuilder(variable).append(" {").append(always);
		parts.forEach((field, read) -> {
			if (fields.has(field)) {
				projection.append(projection.charAt(projection.length() - 1) == '{' ? "" : ", ")
					.append(read.formatted(variable, countryNames));
			}
		});
		return projection.append('}').toString();
	}

	/**
	 * A clause that reads the sister links of {@code c} as {@code links} (the most populous partner first) when the
	 * reading asks for them, so that a query for a city and its sister cities is one statement; {@code links} is null
	 * otherwise.
	 */
	private static String links(CityReading reading) {
		return (reading.links() == null) ? "WITH *, null AS links " : "CALL (c) { MATCH (c)-[l:SISTER_CITY]-(s:City) "
				+ "WITH l, s ORDER BY s.population DESC RETURN collect({link: "
				+ projection("l", LINK_PARTS, reading.links(), "") + ", city: "
				+ projection("s", CITY_PARTS, reading.links(), ".id") + "}) AS links } ";
	}

	private static CityReading.Read read(Record record) {
		return new CityReading.Read(city(record.get("city").asMap()), record.get("links").isNull() ? null
				: record.get("links").asList(link -> sisterLink(link.asMap())));
	}

	private static City city(Record record) {
		return city(record.get("city").asMap());
	}

	/** A link read as {link: its properties, city: the city at its other end}. */
	private static SisterLink sisterLink(Map<String, Object> row) {
		Map<?, ?> link = (Map<?, ?>) Stored.nonNull(row.get("link"));
		return new SisterLink(city(Stored.nonNull(row.get("city"))), integer(link.get("since")),
				integer(link.get("until")),
				(String) link.get("status"), Stored.nonNull((String) link.get("source")),
						Stored.nonNull((String) link.get("sourceRef")),
				(String) link.get("importRun"));
	}

	@SuppressWarnings("unchecked")
	private static City city(Object value) {
		Map<String, Object> c = (value instanceof Value v) ? v.asMap() : (Map<String, Object>) value;
		String code = (String) c.get("country");
		List<String> countryNames = (List<String>) c.get("countryNames");
		return new City(Stored.nonNull((String) c.get("id")), Stored.nonNull((String) c.get("name")),
				(String) c.get("kind"), code,
				Stored.nonNull((countryNames != null && countryNames.get(0) != null) ? new Country(Stored.nonNull(code),
						countryNames.get(0),
						countryNames.get(1)) : null),
				(c.get("population") instanceof Number p) ? new Population(p.longValue(), integer(c.get("populationYear")),
						Stored.nonNull((String) c.get("populationSource")), null,
								Population.kindOf(Stored.nonNull((String) c.get("populationSource")))) : null,
				(c.get("latitude") instanceof Number lat && c.get("longitude") instanceof Number lon)
						? new Location(lat.doubleValue(), lon.doubleValue()) : null,
				list(c.get("sources")), (String) c.get("importRun"));
	}

}
