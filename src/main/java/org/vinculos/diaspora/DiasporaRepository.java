package org.vinculos.diaspora;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;
import org.vinculos.database.Stored;

import org.springframework.stereotype.Repository;

/**
 * Reads diasporas, by their places and by the cities whose city, region or country they come from or live in.
 */
@Repository
class DiasporaRepository {

	private static final String DIASPORA = """
			MATCH (d)-[f:FROM]->(o), (d)-[:LIVES_IN]->(l)
			RETURN d {.id, .name, .nameEs, .stock, .stockYear, .importRun,
			          origin: o {.id, .name, type: [x IN labels(o) WHERE x IN ['City', 'Region', 'Country']][0]},
			          destination: l {.id, .name, type: [x IN labels(l) WHERE x IN ['City', 'Region', 'Country']][0]},
			          source: f.source, sourceRef: f.sourceRef} AS diaspora""";

	private final Reads reads;

	DiasporaRepository(Reads reads) {
		this.reads = reads;
	}

	List<Diaspora> diasporas(@Nullable String origin, @Nullable String destination, @Nullable Integer minStock,
			int limit) {
		Map<String, Object> parameters = CypherParameters.of("origin", origin, "destination", destination, "minStock",
				minStock, "limit", limit);
		return this.reads.list("""
				MATCH (d:Diaspora)
				WHERE ($origin IS NULL OR d.origin = $origin) AND ($destination IS NULL OR d.destination = $destination)
				  AND ($minStock IS NULL OR d.stock >= $minStock)
				WITH d ORDER BY d.stock DESC, d.id LIMIT $limit
				""" + DIASPORA, parameters, record -> diaspora(record.get("diaspora")));
	}

	Optional<Diaspora> byId(String id) {
		return this.reads.first("MATCH (d:Entity {id: $id}) WHERE d:Diaspora\n" + DIASPORA, CypherParameters.of("id", id),
				record -> diaspora(record.get("diaspora")));
	}

	/**
	 * The diasporas of each city: those counted for the city itself, for its region and for its country, largest
	 * first.
	 */
	Map<String, List<CityDiaspora>> ofCities(Collection<String> cityIds) {
		return this.reads.rows("""
				MATCH (c:Entity) WHERE c.id IN $ids
				OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
				OPTIONAL MATCH (k:Country {id: c.country})
				UNWIND [[c, 'CITY'], [r, 'REGION'], [k, 'COUNTRY']] AS place
				WITH c, place[0] AS p, place[1] AS scope WHERE p IS NOT NULL
				MATCH (p)<-[rel:FROM|LIVES_IN]-(d:Diaspora)
				WITH c.id AS city, scope, CASE type(rel) WHEN 'FROM' THEN 'FROM_HERE' ELSE 'LIVING_HERE' END AS direction, d
				ORDER BY d.stock DESC, d.id
				""" + DIASPORA + ", city, scope, direction", CypherParameters.of("ids", cityIds)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("city"), Collectors.mapping(
					row -> new CityDiaspora(CityDiaspora.Direction.valueOf(Stored.nonNull((String) row.get("direction"))),
							CityDiaspora.Scope.valueOf(Stored.nonNull((String) row.get("scope"))),
									diaspora(Stored.nonNull(row.get("diaspora")))),
					Collectors.toList())));
	}

	@SuppressWarnings("unchecked")
	private static Diaspora diaspora(Object value) {
		Map<String, Object> d = (value instanceof Value v) ? v.asMap() : (Map<String, Object>) value;
		return new Diaspora(Stored.nonNull((String) d.get("id")), Stored.nonNull((String) d.get("name")),
				(String) d.get("nameEs"),
				place(Stored.nonNull(d.get("origin"))), place(Stored.nonNull(d.get("destination"))),
				(d.get("stock") instanceof Number n) ? n.longValue() : null,
				(d.get("stockYear") instanceof Number y) ? y.intValue() : null,
						Stored.nonNull((String) d.get("source")),
				Stored.nonNull((String) d.get("sourceRef")), (String) d.get("importRun"));
	}

	@SuppressWarnings("unchecked")
	private static Diaspora.Place place(Object value) {
		Map<String, Object> p = (Map<String, Object>) value;
		return new Diaspora.Place(Stored.nonNull((String) p.get("id")), Stored.nonNull((String) p.get("name")),
				Stored.nonNull((String) p.get("type")));
	}

}
