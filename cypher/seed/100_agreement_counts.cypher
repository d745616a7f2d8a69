// Agreements (acuerdos interinstitucionales) counted per state and for Mexico, as the book's tables give them:
// each table is its own snapshot with its date, so that the two chapters' figures stand side by side.
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MERGE (o:Observation {id: row.id})
SET o.indicator = row.indicator,
    o.breakdown = row.breakdown,
    o.date = date(row.date),
    o.year = date(row.date).year,
    o.value = toInteger(row.value),
    o.kind = row.kind,
    o.note = row.note,
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (subject)-[l:HAS_OBSERVATION]->(o)
SET l.source = row.source, l.sourceRef = row.sourceRef
