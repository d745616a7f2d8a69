// Population as observations: the 2020 census (INEGI), the CONAPO projections 1990-2040 and, from Natural Earth,
// the agglomeration (POP_MAX), the city proper (POP_MIN) and the UN World Urbanization Prospects series 1950-2050,
// side by side; `kind` says which figure each is, `note` what the source leaves unsaid (Natural Earth dates none).
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MERGE (o:Observation {id: row.id})
SET o.seed = $seed, o.indicator = row.indicator,
    o.year = toInteger(row.year),
    o.value = toInteger(row.value),
    o.kind = row.kind,
    o.note = row.note,
    o.sources = [row.source],
    o.sourceRefs = [row.sourceRef]
MERGE (subject)-[l:HAS_OBSERVATION]->(o)
SET l.seed = $seed, l.source = row.source, l.sourceRef = row.sourceRef
