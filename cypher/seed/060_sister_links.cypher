// Sister-city links, stored once per pair and source (a -> b with a.id < b.id); read them undirected.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})
MERGE (a)-[l:SISTER_CITY {source: row.source}]->(b)
SET l.seed = $seed, l.sourceRef = row.sourceRef
