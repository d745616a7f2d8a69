package org.vinculos.search;

import java.util.Collection;
import java.util.List;

import org.vinculos.database.CypherParameters;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Queries the full-text index over entity names.
 */
@Repository
class SearchRepository {

	private final Neo4jClient neo4j;

	SearchRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<SearchHit> search(String luceneQuery, Collection<String> labels, int limit) {
		return this.neo4j.query("""
				CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
				WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
				WITH node, score, COUNT { (node)--() } AS degree
				RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.country AS country,
				       node.population AS population, score
				ORDER BY score DESC, coalesce(node.population, 0) DESC, degree DESC
				LIMIT $limit""")
			.bindAll(CypherParameters.of("query", luceneQuery, "labels", labels, "limit", limit))
			.fetchAs(SearchHit.class)
			.mappedBy((types, r) -> new SearchHit(r.get("id").asString(),
					EntityType.ofLabels(r.get("labels").asList(v -> v.asString())), r.get("name").asString(null),
					r.get("country").asString(null), r.get("population").isNull() ? null : r.get("population").asLong(),
					r.get("score").asDouble()))
			.all()
			.stream()
			.toList();
	}

}
