// Population as dated observations: the 2020 census (INEGI) and the CONAPO projections 1990-2040, side by side.
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MERGE (o:Observation {id: row.id})
SET o.seed = $seed, o.indicator = row.indicator,
    o.year = toInteger(row.year),
    o.value = toInteger(row.value),
    o.kind = row.kind,
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (subject)-[l:HAS_OBSERVATION]->(o)
SET l.seed = $seed, l.source = row.source, l.sourceRef = row.sourceRef
