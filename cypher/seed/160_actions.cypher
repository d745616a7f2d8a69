// A state's international actions toward a foreign city or country, as the case studies tell them: economic tours,
// fairs, diplomatic meetings and visits received; one relationship per state, place, kind and event.
UNWIND $rows AS row
MATCH (state:Entity {id: row.state}), (target:Entity {id: row.target})
MERGE (state)-[a:ENGAGES_WITH {kind: row.kind, event: coalesce(row.event, ''), source: row.source}]->(target)
SET a.seed = $seed, a.year = toInteger(row.year), a.sourceRef = row.sourceRef
