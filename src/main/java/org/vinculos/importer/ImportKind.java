package org.vinculos.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.vinculos.agreement.AgreementWriter;
import org.vinculos.diaspora.DiasporaFigureWriter;
import org.vinculos.network.MembershipWriter;
import org.vinculos.provenance.ImportChange;

/**
 * The kinds of file stewards import: their columns and how their rows are merged on natural keys (most by a
 * statement that tells for each row whether it created, updated or left unchanged a fact, and for each updated fact
 * its values before and after).
 */
enum ImportKind {

	/** Sister-city links: the pair of cities and the source are the key; {@link SisterLinkWriter} writes them. */
	SISTER_LINKS("sister-links", SisterLinkFile.REQUIRED, SisterLinkFile.OPTIONAL, null) {

		@Override
		void write(Transaction tx, Driver reader, List<ImportRow> rows, String run, Writes writes) {
			SisterLinkWriter.write(tx, reader, rows, run, writes);
		}

	},

	/** Network memberships: the member, the network and the source are the key. */
	MEMBERSHIPS("memberships", MembershipFile.REQUIRED, MembershipFile.OPTIONAL, MembershipWriter.STATEMENT),

	/** Agreements: {@link AgreementWriter} writes them. */
	AGREEMENTS("agreements", AgreementFile.REQUIRED, AgreementFile.OPTIONAL, AgreementWriter.STATEMENT),

	/**
	 * Diaspora figures: the origin, destination, year and source are the key of an observation of the diaspora, whose
	 * stock is the latest year's.
	 */
	DIASPORAS("diasporas", DiasporaFile.REQUIRED, DiasporaFile.OPTIONAL, DiasporaFigureWriter.STATEMENT),

	/**
	 * Cities: the id (given, found by name and country, or made from them) is the key. A new city is created; an
	 * existing one gains the row's names, its population figure (which becomes the city's population when it is the
	 * latest) and the kind, state and position it lacks. Its search text is rewritten from its names.
	 */
	CITIES("cities", CityFile.REQUIRED, CityFile.OPTIONAL, """
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
			       fact: 'city ' + old.name + ' (' + row.id + ')', was: was,
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
			RETURN outcome, count(*) AS n, collect(change) AS changes""");

	private static final int BATCH = 10_000;

	private final String title;

	private final List<String> required;

	private final List<String> optional;

	private final String statement;

	ImportKind(String title, List<String> required, List<String> optional, String statement) {
		this.title = title;
		this.required = required;
		this.optional = optional;
		this.statement = statement;
	}

	/** Its name for {@code --kind} and in reports. */
	String title() {
		return this.title;
	}

	List<String> required() {
		return this.required;
	}

	List<String> optional() {
		return this.optional;
	}

	/**
	 * Writes valid rows in the transaction, counting in {@code writes} how many were created, updated and unchanged.
	 * @param reader where a kind may read, in transactions of its own, what was committed before the import
	 */
	void write(Transaction tx, Driver reader, List<ImportRow> rows, String run, Writes writes) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			tx.run(this.statement, Map.of("rows", batch.stream().map(ImportRow::parameters).toList(), "run", run))
				.forEachRemaining(r -> {
					writes.count(r.get("outcome").asString(), r.get("n").asLong());
					for (Value change : r.get("changes").values()) {
						writes.changes().addAll(ImportChange.between(change.get("at").asString(),
								change.get("fact").asString(), change.get("was").asMap(), change.get("now").asMap()));
					}
				});
			writes.written().accept(batch.size());
		}
	}

	/**
	 * What a file's write is told besides its rows, and what it tells back.
	 * @param newSources the sources this transaction created and no earlier file of the import cited: none of their
	 * facts can be in the graph yet
	 * @param writtenSources the sources an earlier file of the import cited: only this transaction sees all their facts
	 * @param outcomes the number of rows created, updated and unchanged, counted by the write
	 * @param written told how many rows each step wrote, for the progress bar
	 * @param changes told what the write changed in facts that were there before
	 */
	record Writes(Set<String> newSources, Set<String> writtenSources, Map<String, Long> outcomes, IntConsumer written,
			List<ImportChange> changes) {

		void count(String outcome, long n) {
			if (n > 0) {
				this.outcomes.merge(outcome, n, Long::sum);
			}
		}

	}

	/** The kind named, or null. */
	static ImportKind named(String title) {
		for (ImportKind kind : values()) {
			if (kind.title.equals(title)) {
				return kind;
			}
		}
		return null;
	}

	/** The kind whose required columns the header has, or null. */
	static ImportKind recognise(List<String> header) {
		for (ImportKind kind : values()) {
			if (header.containsAll(kind.required)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The kind a header was meant for when it lacks some of its columns: the one kind of which it has more than half the
	 * required columns and more than of any other; or null.
	 */
	static ImportKind closest(List<String> header) {
		ImportKind closest = null;
		long most = 0;
		boolean tied = false;
		for (ImportKind kind : values()) {
			long present = kind.required.stream().filter(header::contains).count();
			if (present * 2 > kind.required.size() && present >= most) {
				tied = present == most;
				closest = kind;
				most = present;
			}
		}
		return tied ? null : closest;
	}

	/** How a file of this kind starts, for error messages. */
	String describe() {
		String article = ("aeiou".indexOf(this.title.charAt(0)) >= 0) ? "an " : "a ";
		return article + this.title + " file has the columns " + String.join(",", this.required) + " and optionally "
				+ String.join(",", this.optional);
	}

}
