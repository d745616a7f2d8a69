// Foreign cities that a document names as a Mexican city's mirror: the reference set for evaluating mirror matching.
UNWIND $rows AS row
MATCH (c:Entity {id: row.city}), (m:Entity {id: row.mirror})
MERGE (c)-[r:NAMED_MIRROR {source: row.source}]->(m)
SET r.seed = $seed, r.sourceRef = row.sourceRef
