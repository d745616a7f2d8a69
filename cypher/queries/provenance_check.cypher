// Facts that cite no known source: should return nothing.
MATCH (n:Entity)
WHERE n.sources IS NULL OR any(s IN n.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) })
RETURN n.id AS entity LIMIT 20;

MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.source IS NULL OR NOT EXISTS { MATCH (:Source {id: r.source}) }
RETURN a.id AS from, type(r) AS relationship, b.id AS to LIMIT 20;
