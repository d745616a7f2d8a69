// Cooperation across the border between neighbouring cities or states, with its areas.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})
MERGE (a)-[t:CROSS_BORDER {source: row.source}]->(b)
SET t.seed = $seed, t.areas = split(row.areas, '|'), t.sourceRef = row.sourceRef
