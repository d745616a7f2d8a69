// Cooperation areas (topics), as the book's Table 6 names them.
UNWIND $rows AS row
MERGE (t:Entity {id: row.id})
SET t.seed = $seed, t:Topic,
    t.name = row.name,
    t.nameEs = row.nameEs,
    t.names = [row.name, row.nameEs],
    t.sources = [row.source],
    t.sourceRefs = [row.sourceRef]
