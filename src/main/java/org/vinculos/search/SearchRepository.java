package org.vinculos.search;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;

import org.springframework.stereotype.Repository;

/**
 * Queries the full-text index over entity names.
 */
@Repository
class SearchRepository {

	private final Reads reads;

	SearchRepository(Reads reads) {
		this.reads = reads;
	}

	List<SearchHit> search(String luceneQuery, @Nullable Collection<String> labels, int limit) {
		return this.reads.list("""
				CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
				WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
				WITH node, score, COUNT { (node)--() } AS degree
				RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.country AS country,
				       node.population AS population, score
				ORDER BY score DESC, coalesce(node.population, 0) DESC, degree DESC
				LIMIT $limit""",
				CypherParameters.of("query", luceneQuery, "labels", labels, "limit", limit),
						r -> new SearchHit(r.get("id").asString(),
					Objects.requireNonNull(EntityType.ofLabels(r.get("labels").asList(v -> v.asString())), "the index holds entities only"), r.get("name").asString(null),
					r.get("country").asString(null), r.get("population").isNull() ? null : r.get("population").asLong(),
					r.get("score").asDouble()))
			.stream()
			.toList();
	}

}
