package org.vinculos.city;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWriter;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.StatementWriter;

/**
 * Writes cities, from files and {@code recordCity} alike: the id (given, found by name and country, or made from them)
 * is the key. A new city is created; an existing one gains the row's names, its population figure (which becomes the
 * city's population when it is the latest) and the kind, state and position it lacks. Its search text is rewritten
 * from its names.
 */
public final class CityWriter {

	/** The statement, over {@code $rows} (each {@link #row}) and {@code $run}, the import run's id. */
	public static final String STATEMENT = """
			UNWIND $rows AS row
			MATCH (country:Country {id: row.country})
			OPTIONAL MATCH (old:Entity {id: row.id})
			WITH row, country, old, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN all(n IN [row.name] + row.names WHERE n = old.name OR n IN coalesce(old.names, []))
			   AND (row.kind IS NULL OR old.kind IS NOT NULL)
			   AND (row.latitude IS NULL OR old.location IS NOT NULL)
			   AND (row.region IS NULL OR EXISTS { (old)-[:IN_REGION]->(:Region) })
			   AND (row.population IS NULL
			        OR EXISTS { (old)-[:HAS_OBSERVATION]->(o:Observation {id: row.observation}) WHERE o.value = row.population })
			   THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			WITH row, country, old, outcome, CASE outcome WHEN 'updated' THEN {names: coalesce(old.names, []), kind: old.kind,
			       location: CASE WHEN old.location IS NOT NULL
			                 THEN toString(old.location.latitude) + ', ' + toString(old.location.longitude) END,
			       region: COLLECT { MATCH (old)-[:IN_REGION]->(r:Region) RETURN r.id }[0],
			       population: COLLECT { MATCH (old)-[:HAS_OBSERVATION]->(o:Observation {id: row.observation}) RETURN o.value }[0]}
			     END AS was
			WITH row, country, outcome, CASE WHEN was IS NOT NULL THEN {at: row.sourceRef,
			       fact: [old.name, row.id], was: was,
			       now: {names: was.names + [n IN [row.name] + row.names WHERE n <> old.name AND NOT n IN was.names],
			             kind: coalesce(was.kind, row.kind, 'city'),
			             location: coalesce(was.location, CASE WHEN row.latitude IS NOT NULL
			                                               THEN toString(row.latitude) + ', ' + toString(row.longitude) END),
			             region: coalesce(was.region, row.region), population: coalesce(row.population, was.population)}} END
			     AS change
			CALL (row, country, outcome) {
			  WITH row, country, outcome WHERE outcome <> 'unchanged'
			  MERGE (c:Entity {id: row.id})
			  ON CREATE SET c:City, c.name = row.name, c.country = row.country, c.names = [], c.sources = [], c.sourceRefs = []
			  SET c.names = coalesce(c.names, []) + [n IN [row.name] + row.names WHERE n <> c.name AND NOT n IN coalesce(c.names, [])],
			      c.kind = coalesce(c.kind, row.kind, 'city'),
			      c.location = coalesce(c.location, CASE WHEN row.latitude IS NULL THEN null
			                                        ELSE point({latitude: row.latitude, longitude: row.longitude}) END),
			      c.sourceRefs = CASE WHEN row.source IN c.sources THEN c.sourceRefs ELSE c.sourceRefs + row.sourceRef END,
			      c.sources = CASE WHEN row.source IN c.sources THEN c.sources ELSE c.sources + row.source END,
			      c.importRun = $run
			  SET c.searchText = reduce(text = '', name IN [c.name, c.nameEs] + c.names |
			        CASE WHEN name IS NULL THEN text ELSE text + ' ' + name END)
			  MERGE (c)-[ic:IN_COUNTRY]->(country)
			  ON CREATE SET ic.source = row.source, ic.sourceRef = row.sourceRef
			  WITH c, row
			  CALL (c, row) {
			    WITH c, row WHERE row.region IS NOT NULL AND NOT EXISTS { (c)-[:IN_REGION]->(:Region) }
			    MATCH (r:Region {id: row.region})
			    CREATE (c)-[:IN_REGION {source: row.source, sourceRef: row.sourceRef}]->(r)
			  }
			  CALL (c, row) {
			    WITH c, row WHERE row.population IS NOT NULL
			    MERGE (o:Observation {id: row.observation})
			    SET o.indicator = 'population', o.year = row.populationYear, o.value = row.population, o.kind = 'reported',
			        o.sources = [row.source], o.sourceRefs = [row.sourceRef], o.importRun = $run
			    MERGE (c)-[h:HAS_OBSERVATION]->(o)
			    ON CREATE SET h.source = row.source, h.sourceRef = row.sourceRef
			    WITH c, row WHERE c.populationYear IS NULL OR row.populationYear >= c.populationYear
			    SET c.population = row.population, c.populationYear = row.populationYear, c.populationSource = row.source
			  }
			}
			RETURN outcome, count(*) AS n, collect(change) AS changes""";

	/** Writes cities, for files and mutations alike. */
	public static final FactWriter WRITER = new StatementWriter(STATEMENT, FactKind.CITIES);

	private CityWriter() {
	}

	/**
	 * A city the rules passed, under the id it was found to have, as the statement reads it.
	 * @param at where it was stated: {@code file:line}, or the mutation
	 */
	public static ImportRow row(CityStatement city, String id, String at) {
		String text = Objects.requireNonNull(city.source(), "a city's source passed its rules").strip();
		String source = Sources.id(text);
		Map<String, @Nullable Object> p = new HashMap<>();
		p.put("id", id);
		p.put("name", Objects.requireNonNull(city.name(), "a city's name passed its rules").strip());
		p.put("names", city.names());
		p.put("country", CityRules.country(city));
		p.put("region", city.region());
		p.put("kind", city.kind());
		p.put("latitude", city.latitude());
		p.put("longitude", city.longitude());
		p.put("population", city.population());
		p.put("populationYear", city.populationYear());
		p.put("observation", (city.population() != null) ? "population:" + source + ":" + id + ":" + city.populationYear()
				: null);
		p.put("source", source);
		p.put("sourceRef", at);
		return new ImportRow(p, text, city.sourceUrl());
	}

}
