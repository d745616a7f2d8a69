package org.vinculos.diaspora;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWriter;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.StatementWriter;

/**
 * Writes diaspora figures, from files and mutations alike: the origin, destination, year and source are the key of an
 * observation of the diaspora, whose stock is the latest year's. One statement for a batch of rows, each telling
 * whether it created, updated or left unchanged its figure, and for an updated one its stock before and after.
 */
public final class DiasporaFigureWriter {

	/** The statement, over {@code $rows} (each {@link #row}) and {@code $run}, the import run's id. */
	public static final String STATEMENT = """
			UNWIND $rows AS row
			MATCH (o:Entity {id: row.origin}), (d:Entity {id: row.destination})
			OPTIONAL MATCH (old:Observation {id: row.observation})
			WITH row, o, d, CASE WHEN old IS NULL THEN 'created' WHEN old.value = row.stock THEN 'unchanged' ELSE 'updated' END
			     AS outcome, CASE WHEN old IS NOT NULL AND old.value <> row.stock THEN {at: row.sourceRef,
			       fact: [o.name, d.name, row.year, row.observation],
			       was: {stock: old.value}, now: {stock: row.stock}} END AS change
			CALL (row, o, d, outcome) {
			  WITH row, o, d, outcome WHERE outcome <> 'unchanged'
			  MERGE (di:Entity {id: row.diaspora})
			  ON CREATE SET di:Diaspora, di.origin = row.origin, di.destination = row.destination,
			                di.name = 'People born in ' + o.name + ' living in ' + d.name,
			                di.nameEs = 'Personas nacidas en ' + coalesce(o.nameEs, o.name) + ' que viven en ' + coalesce(d.nameEs, d.name),
			                di.sources = [], di.sourceRefs = []
			  SET di.stock = CASE WHEN di.stockYear IS NULL OR row.year >= di.stockYear THEN row.stock ELSE di.stock END,
			      di.stockYear = CASE WHEN di.stockYear IS NULL OR row.year >= di.stockYear THEN row.year ELSE di.stockYear END,
			      di.sourceRefs = CASE WHEN row.source IN di.sources THEN di.sourceRefs ELSE di.sourceRefs + row.sourceRef END,
			      di.sources = CASE WHEN row.source IN di.sources THEN di.sources ELSE di.sources + row.source END,
			      di.importRun = $run
			  MERGE (di)-[f:FROM]->(o)
			  ON CREATE SET f.source = row.source, f.sourceRef = row.sourceRef
			  MERGE (di)-[l:LIVES_IN]->(d)
			  ON CREATE SET l.source = row.source, l.sourceRef = row.sourceRef
			  MERGE (ob:Observation {id: row.observation})
			  SET ob.indicator = 'migrant_stock', ob.year = row.year, ob.value = row.stock, ob.unit = 'people',
			      ob.kind = 'stock', ob.sources = [row.source], ob.sourceRefs = [row.sourceRef], ob.importRun = $run
			  MERGE (di)-[h:HAS_OBSERVATION]->(ob)
			  ON CREATE SET h.source = row.source, h.sourceRef = row.sourceRef
			}
			RETURN outcome, count(*) AS n, collect(change) AS changes""";

	/** Writes diaspora figures, for files and mutations alike. */
	public static final FactWriter WRITER = new StatementWriter(STATEMENT, FactKind.DIASPORAS);

	private DiasporaFigureWriter() {
	}

	/**
	 * A figure the rules passed, as the statement reads it: the diaspora is keyed on its places, the figure on its
	 * source, places and year.
	 * @param at where the figure was stated: {@code file:line}, or the mutation
	 */
	public static ImportRow row(DiasporaFigure figure, String at) {
		String origin = DiasporaFigure.place(Objects.requireNonNull(figure.origin(), "the origin passed its rules"));
		String destination = DiasporaFigure.place(Objects.requireNonNull(figure.destination(),
				"the destination passed its rules"));
		String text = Objects.requireNonNull(figure.source(), "the source passed its rules").strip();
		String source = Sources.id(text);
		Map<String, Object> p = new HashMap<>();
		p.put("origin", origin);
		p.put("destination", destination);
		p.put("diaspora", DiasporaFigure.diasporaId(origin, destination));
		p.put("observation", "migrant-stock:" + source + ":" + origin + ">" + destination + ":" + figure.year());
		p.put("year", figure.year());
		p.put("stock", figure.stock());
		p.put("source", source);
		p.put("sourceRef", at);
		return new ImportRow(p, text, figure.sourceUrl());
	}

}
