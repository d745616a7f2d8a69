package org.vinculos.network;

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
 * Reads networks, their members and organizations.
 */
@Repository
class NetworkRepository {

	private final Reads reads;

	NetworkRepository(Reads reads) {
		this.reads = reads;
	}

	/** Whether network {@code n} has the name that {@code %s} holds: its id, or any of its names, in any case. */
	private static final String NAMED = "any(x IN [n.id, n.name, n.nameEs] + coalesce(n.names, []) "
			+ "WHERE toLower(x) = toLower(%s))";

	Optional<Network> network(@Nullable String id, @Nullable String name) {
		Map<String, Object> parameters = CypherParameters.of("id", id, "name", name);
		return this.reads.first("""
				MATCH (n:Network)
				WHERE ($id IS NOT NULL AND n.id = $id) OR ($id IS NULL AND %s)
				RETURN n {.id, .name, .nameEs, .names, .kind, .sources} AS network ORDER BY n.id LIMIT 1"""
			.formatted(NAMED.formatted("$name")), parameters, r -> network(r.get("network")));
	}

	/** The id of the network each name names, by the name as given; a name no network has is left out. */
	Map<String, String> idsNamed(Collection<String> names) {
		return this.reads.list("""
				UNWIND $names AS name
				MATCH (n:Network) WHERE %s
				WITH name, n ORDER BY n.id
				RETURN name, collect(n.id)[0] AS id""".formatted(NAMED.formatted("name")),
				Map.of("names", List.copyOf(names)), r -> Map.entry(r.get("name").asString(), r.get("id").asString()))
			.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<Network> networks(@Nullable String kind, @Nullable String memberCountry, @Nullable String member,
			@Nullable String name, @Nullable String theme) {
		Map<String, Object> parameters = CypherParameters.of("kind", kind, "country", memberCountry, "member", member,
				"name", name, "theme", theme);
		return this.reads.list("""
				MATCH (n:Network)
				WHERE ($kind IS NULL OR n.kind = $kind)
				  AND ($country IS NULL OR EXISTS { MATCH (m)-[:MEMBER_OF]->(n) WHERE m.country = $country OR m.id = $country })
				  AND ($member IS NULL OR EXISTS { MATCH (m)-[:MEMBER_OF]->(n) WHERE m.id = $member })
				  AND ($name IS NULL OR any(x IN [n.name, n.nameEs] + coalesce(n.names, []) WHERE toLower(x) CONTAINS toLower($name)))
				  AND ($theme IS NULL OR EXISTS { MATCH (n)-[:HAS_THEME]->(t:Topic)
				       WHERE t.id = $theme OR any(x IN [t.name, t.nameEs] WHERE toLower(x) CONTAINS toLower($theme)) })
				RETURN n {.id, .name, .nameEs, .names, .kind, .sources} AS network ORDER BY n.name""",
				parameters, r -> network(r.get("network")));
	}

	Map<String, Integer> memberCounts(Collection<String> networkIds) {
		return this.reads.rows("""
				MATCH (n:Network) WHERE n.id IN $ids
				RETURN n.id AS network, COUNT { MATCH (m)-[:MEMBER_OF]->(n) RETURN DISTINCT m } AS members""",
				CypherParameters.of("ids", networkIds)).stream()
			.collect(Collectors.toMap(row -> (String) row.get("network"),
					row -> Stored.nonNull((Number) row.get("members")).intValue()));
	}

	Map<String, List<Member>> members(Collection<String> networkIds) {
		return this.reads.rows("""
				MATCH (m:Entity)-[r:MEMBER_OF]->(n:Network) WHERE n.id IN $ids
				RETURN n.id AS network, m.id AS id, m.name AS name, [l IN labels(m) WHERE l IN ['City', 'Region']][0] AS type,
				       coalesce(m.country, 'MX') AS country, r.since AS since, r.until AS until, r.observed AS observed, r.role AS role,
				       r.category AS category, r.source AS source, r.sourceRef AS sourceRef
				ORDER BY coalesce(m.population, 0) DESC, m.id""",
				CypherParameters.of("ids", networkIds)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("network"), Collectors.mapping(row -> new Member(
					Stored.nonNull((String) row.get("id")), Stored.nonNull((String) row.get("name")),
							(String) row.get("type"), (String) row.get("country"),
					integer(row.get("since")), integer(row.get("until")), integer(row.get("observed")), (String) row.get("role"),
					(String) row.get("category"), Stored.nonNull((String) row.get("source")),
							Stored.nonNull((String) row.get("sourceRef"))), Collectors.toList())));
	}

	Map<String, List<Theme>> themes(Collection<String> networkIds) {
		return this.reads.rows("""
				MATCH (n:Network)-[r:HAS_THEME]->(t:Topic) WHERE n.id IN $ids
				RETURN n.id AS network, t.id AS id, t.name AS name, t.nameEs AS nameEs, r.source AS source,
				       r.sourceRef AS sourceRef ORDER BY t.name, r.source""",
				CypherParameters.of("ids", networkIds)).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("network"), Collectors.mapping(row -> new Theme(
					Stored.nonNull((String) row.get("id")), Stored.nonNull((String) row.get("name")),
							(String) row.get("nameEs"), Stored.nonNull((String) row.get("source")),
					Stored.nonNull((String) row.get("sourceRef"))), Collectors.toList())));
	}

	Optional<Organization> organization(String id) {
		return this.reads.first("""
				MATCH (o:Entity {id: $id}) WHERE o:Organization
				RETURN o {.id, .name, .nameEs, .names, .kind, .sources} AS organization""",
				CypherParameters.of("id", id), r -> {
				Network n = network(r.get("organization"));
				return new Organization(n.id(), n.name(), n.nameEs(), n.names(), n.kind(), n.sources());
			});
	}

	private static Network network(Value value) {
		return new Network(value.get("id").asString(), value.get("name").asString(), value.get("nameEs").asString(null),
				value.get("names").isNull() ? List.of() : value.get("names").asList(Value::asString),
				value.get("kind").asString(null),
				value.get("sources").isNull() ? List.of() : value.get("sources").asList(Value::asString));
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

}
