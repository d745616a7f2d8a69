package org.vinculos.agreement;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.database.CypherParameters;
import org.vinculos.database.Reads;

import org.springframework.stereotype.Repository;

/**
 * Reads agreement counts: from the dated observations where only aggregates exist, from Agreement nodes otherwise.
 */
@Repository
class AgreementStatsRepository {

	/** A group and its value, before shares are computed. */
	record Group(String key, String label, Number value) {
	}

	private final Reads reads;

	AgreementStatsRepository(Reads reads) {
		this.reads = reads;
	}

	/**
	 * The observations of one snapshot: of the snapshots that match, the one with the most groups, then the latest.
	 * @param perState whether the groups are the states (breakdown "total" of each region) or Mexico's breakdowns
	 */
	List<Group> observed(String indicator, String breakdownPrefix, boolean perState, @Nullable String source) {
		Map<String, Object> parameters = CypherParameters.of("indicator", indicator, "prefix", breakdownPrefix, "perState", perState, "source", source);
		return this.reads.list("""
				MATCH (subject:Entity)-[:HAS_OBSERVATION]->(o:Observation {indicator: $indicator})
				WHERE ($source IS NULL OR $source IN o.sources)
				  AND CASE WHEN $perState THEN subject:Region AND subject.country = 'MX' AND o.breakdown = 'total'
				      ELSE subject.id = 'MX' AND o.breakdown STARTS WITH $prefix END
				WITH o.date AS date, collect({subject: subject, o: o}) AS groups
				ORDER BY size(groups) DESC, date DESC
				LIMIT 1
				UNWIND groups AS g
				WITH g.subject AS subject, g.o AS o
				RETURN CASE WHEN $perState THEN subject.id ELSE substring(o.breakdown, size($prefix)) END AS key,
				       CASE WHEN $perState THEN subject.name ELSE coalesce(o.label, substring(o.breakdown, size($prefix))) END AS label,
				       o.value AS value
				ORDER BY value DESC, key""",
				parameters, r -> new Group(r.get("key").asString(), r.get("label").asString(), (Number) r.get("value").asObject()))
			.stream()
			.toList();
	}

	/** Agreement nodes counted by their counterpart's country. */
	List<Group> byCounterpartCountry(@Nullable String source) {
		return this.reads.list("""
				MATCH (a:Agreement) WHERE a.counterpartCountry IS NOT NULL AND ($source IS NULL OR $source IN a.sources)
				MATCH (c:Country {id: a.counterpartCountry})
				RETURN c.id AS key, c.name AS label, count(a) AS value ORDER BY value DESC, key""",
				CypherParameters.of("source", source),
						r -> new Group(r.get("key").asString(), r.get("label").asString(), r.get("value").asLong()))
			.stream()
			.toList();
	}

}
